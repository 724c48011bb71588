/** Requests to the TAXII surface of an in-process test hub, as a TAXII client sends them. */
import type { LightMyRequestResponse } from 'fastify'
import type { TestHub } from './hub'

export const TAXII = 'application/taxii+json;version=2.1'
export const STIX = 'application/stix+json;version=2.1'

export interface TaxiiRequest {
  /** An API token, sent as HTTP Basic (the default: what TAXII clients send) or as Bearer. */
  token?: string | null
  as?: 'basic' | 'bearer'
  accept?: string | null
  body?: unknown
  contentType?: string
  headers?: Record<string, string>
}

export const basicAuth = (token: string, user = 'taxii-client'): string => `Basic ${Buffer.from(`${user}:${token}`).toString('base64')}`

export function taxiiReq(t: TestHub, method: 'GET' | 'POST' | 'DELETE', url: string, r: TaxiiRequest = {}): Promise<LightMyRequestResponse> {
  const token = r.token === undefined ? t.adminToken : r.token
  const headers: Record<string, string> = { ...(r.accept === null ? {} : { accept: r.accept ?? TAXII }), ...(r.headers ?? {}) }
  if (token) headers.authorization = r.as === 'bearer' ? `Bearer ${token}` : basicAuth(token)
  if (r.body !== undefined) headers['content-type'] = r.contentType ?? TAXII
  return t.hub.app.inject({ method, url, headers, ...(r.body !== undefined ? { payload: typeof r.body === 'string' ? r.body : JSON.stringify(r.body) } : {}) })
}

/** The default API root's URL of a collection (or one of its endpoints). */
export const collectionUrl = (collectionId: string, rest = '', root = '/taxii2/api') => `${root}/collections/${collectionId}/${rest}`

export type Envelope = { more?: boolean; next?: string; objects?: { id: string; type: string; modified?: string }[] }
export type Status = { id: string; status: string; total_count: number; success_count: number; failure_count: number; pending_count: number; successes: { id: string; version: string }[]; failures: { id: string; version: string; message: string }[] }
export type CollectionResource = { id: string; title: string; can_read: boolean; can_write: boolean; media_types: string[] }

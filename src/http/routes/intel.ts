import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { IncomingMessage } from 'node:http'
import { Readable } from 'node:stream'
import { Type } from 'typebox'
import type { Deps } from '../../domain/deps'
import {
  ExportQuery, GetQuery, ImportQuery, ImportSummaryView, intel, ListQuery, MispDocument, MispExportQuery, MispImportQuery, ObjectPage,
  ObjectParams, ObjectView,
} from '../../domain/intel'
import { actorOf } from '../../surfaces/auth'

const tags = ['intel']

/**
 * Bundles arrive as a stream: on this route the JSON parser hands the raw request on unread, so
 * the import reads it piece by piece (no BODY_LIMIT, never the whole body in memory).
 */
const bundleRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.removeContentTypeParser('application/json')
  app.addContentTypeParser(['application/json', 'application/stix+json'], (_req, payload: IncomingMessage, done) => done(null, payload))
  app.post(
    '/intel/bundles',
    {
      schema: {
        tags,
        summary: 'Import a STIX 2.1 bundle (streamed; all or nothing unless partial=true)',
        description:
          'The body is a STIX 2.1 bundle (`{"type":"bundle","objects":[...]}`) of any size, sent as application/json or application/stix+json. ' +
          'Any rejected object fails the whole import with 422 listing the rejects, unless partial=true.',
        querystring: ImportQuery,
        response: { 200: ImportSummaryView },
      },
    },
    async (req) =>
      intel.importBundle(deps, actorOf(req), req.body as Readable, {
        partial: req.query.partial,
        strict: req.query.strict,
        ...(req.query.tlp ? { tlp: req.query.tlp } : {}),
        audienceOrgs: req.query.audienceOrgs ?? [],
        audienceUsers: req.query.audienceUsers ?? [],
        incidentId: req.query.incidentId ?? null,
      }),
  )
}

/** Intel objects: import, read, export as STIX and as MISP. */
export const intelRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  await app.register(bundleRoutes, { deps })

  app.get(
    '/intel/objects',
    { schema: { tags, summary: 'Objects the caller may see, one page at a time', querystring: ListQuery, response: { 200: ObjectPage } } },
    (req) => intel.listObjects(deps, actorOf(req), req.query),
  )

  app.get(
    '/intel/objects/:id',
    {
      schema: {
        tags,
        summary: 'One object: its latest version, or all, the first, or the one with a given modified',
        params: ObjectParams,
        querystring: GetQuery,
        response: { 200: Type.Object({ objects: Type.Array(ObjectView) }) },
      },
    },
    async (req) => ({ objects: await intel.getObject(deps, actorOf(req), req.params.id, req.query.version) }),
  )

  app.get(
    '/intel/export',
    {
      schema: {
        tags,
        summary: 'A STIX 2.1 bundle of what the caller may see (streamed)',
        description:
          'Answers application/stix+json: `{"type":"bundle","id":…,"objects":[…]}` with the latest version of each object the caller may see, ' +
          'each carrying the hub marking in object_marking_refs, and the TLP 2.0 marking definitions they reference.',
        querystring: ExportQuery,
      },
    },
    async (req, reply) => {
      const chunks = intel.exportBundle(deps, actorOf(req), req.query)
      await reply.type('application/stix+json;version=2.1').send(Readable.from(chunks))
    },
  )

  app.post(
    '/intel/misp',
    {
      schema: {
        tags,
        summary: 'Import MISP events ({"Event": ...} or {"response": [...]}) as STIX',
        querystring: MispImportQuery,
        body: MispDocument,
        response: { 200: ImportSummaryView },
      },
    },
    (req) =>
      intel.importMisp(deps, actorOf(req), req.body, {
        partial: req.query.partial,
        strict: req.query.strict,
        audienceOrgs: req.query.audienceOrgs ?? [],
        audienceUsers: req.query.audienceUsers ?? [],
        incidentId: req.query.incidentId ?? null,
      }),
  )

  app.get(
    '/intel/misp',
    {
      schema: {
        tags,
        summary: 'What the caller may see of an incident (or of given objects) as one MISP event',
        querystring: MispExportQuery,
        response: { 200: Type.Object({ Event: Type.Unknown(), warnings: Type.Array(Type.String(), { description: 'what of the STIX has no MISP form, and what was changed on the way' }) }) },
      },
    },
    (req) => intel.exportMisp(deps, actorOf(req), req.query),
  )
}

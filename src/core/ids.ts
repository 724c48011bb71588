import { createHash, randomUUID } from 'node:crypto'

/** Random v4 UUIDs: unguessable, so an id never discloses how many objects exist. */
export const newId = (): string => randomUUID()

/**
 * A name-based UUID (RFC 9562 version 5: SHA-1 of the namespace's bytes and the name): the same
 * namespace and name always give the same id, so things derived from other ids keep a stable one.
 */
export function nameUuid(namespace: string, name: string): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex')
  if (ns.length !== 16) throw new Error(`not a UUID namespace: ${namespace}`)
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest()
  hash[6] = (hash[6]! & 0x0f) | 0x50
  hash[8] = (hash[8]! & 0x3f) | 0x80
  const hex = hash.subarray(0, 16).toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

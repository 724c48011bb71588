import { randomUUID } from 'node:crypto'

/** Random v4 UUIDs: unguessable, so an id never discloses how many objects exist. */
export const newId = (): string => randomUUID()

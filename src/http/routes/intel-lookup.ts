import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { Deps } from '../../domain/deps'
import { exercises } from '../../domain/exercise'
import { LookupInput, LookupResult, lookupValues } from '../../domain/intel/lookup'
import { sightingsOf } from '../../domain/intel/sightings'
import { actorOf } from '../../surfaces/auth'

/** 10,000 values of up to 2 KiB each; larger bodies get 413. */
const LOOKUP_BODY_LIMIT = 8 * 1024 * 1024

const StixId = Type.String({ pattern: '^[a-z][a-z0-9-]*--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$', maxLength: 300 })

const SightingsView = Type.Object({
  objectId: Type.String(),
  count: Type.Integer({ description: 'sum of the sightings\u2019 count (1 when absent)' }),
  sightings: Type.Integer({ description: 'how many sighting objects' }),
  firstSeen: Type.Union([Type.String(), Type.Null()]),
  lastSeen: Type.Union([Type.String(), Type.Null()]),
  where: Type.Array(Type.String(), { description: 'where_sighted_refs, deduplicated' }),
})

/** Bulk lookup of observable values, and the sightings of an object. */
export const intelLookupRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/intel/lookup',
    {
      bodyLimit: LOOKUP_BODY_LIMIT,
      schema: {
        tags: ['intel'],
        summary: 'Look up to 10,000 observable values; returns only the matches the caller may see',
        body: LookupInput,
        response: { 200: LookupResult },
      },
    },
    async (req) => {
      // The body's world (older clients) is walled like the header's: participants and controllers only.
      if (req.body.exerciseId !== undefined) await exercises.assertMayAct(deps, actorOf(req), req.body.exerciseId)
      return lookupValues(deps, actorOf(req), req.body)
    },
  )

  app.get(
    '/intel/objects/:id/sightings',
    {
      schema: {
        tags: ['intel'],
        summary: 'Sightings of an object (count, first and last seen, where), from the sightings the caller may see',
        params: Type.Object({ id: StixId }, { additionalProperties: false }),
        response: { 200: SightingsView },
      },
    },
    (req) => sightingsOf(deps, actorOf(req), req.params.id),
  )
}

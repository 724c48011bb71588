/**
 * The endpoints of one TAXII API root (sections 4 and 5). Each handler negotiates the media type,
 * parses the TAXII query, calls one intel use case and writes the resource.
 */
import type { FastifyPluginAsync, FastifyRequest } from 'fastify'
import { AppError, badRequest } from '../core/errors'
import type { Deps } from '../domain/deps'
import { inExercise } from '../domain/members'
import { taxii, type TaxiiCaller } from '../domain/intel'
import { exercises } from '../domain/exercise'
import { isExerciseId } from '../surfaces/auth'
import { actorOfRequest } from './auth'
import { collectionResource, dateAddedHeaders, manifestEnvelope, objectsEnvelope, sendResource, versionsEnvelope } from './envelope'
import { checkContentType, negotiate, TAXII_MEDIA_TYPE } from './media'
import { pageQueryOf, versionsOf, type RawQuery } from './query'

export interface RootOptions {
  deps: Deps
  /** default: the real world; exercise: the world its :exerciseId names; public: CLEAR, no credentials. */
  root: 'default' | 'exercise' | 'public'
  maxContentLength: number
  pageLimit: number
}

declare module 'fastify' {
  interface FastifyRequest {
    taxiiCaller: TaxiiCaller | null
  }
}

type Params = { exerciseId?: string; collectionId?: string; objectId?: string; statusId?: string }

const callerOf = (req: FastifyRequest): TaxiiCaller => req.taxiiCaller!
const paramsOf = (req: FastifyRequest): Params => req.params as Params
const queryOf = (req: FastifyRequest): RawQuery => req.query as RawQuery

export const rootRoutes: FastifyPluginAsync<RootOptions> = async (app, opts) => {
  const { deps } = opts
  app.decorateRequest('taxiiCaller', null)
  // The caller and its world, from the credentials and the API root (never from a header).
  app.addHook('onRequest', async (req) => {
    const actor = await actorOfRequest(deps, req)
    if (opts.root === 'public') {
      req.taxiiCaller = { actor: null, public: true }
      return
    }
    if (actor === null) throw new AppError(401, 'unauthorized', 'Credentials are required: HTTP Basic with an API token as the password, or a Bearer token')
    let world: string | null = null
    if (opts.root === 'exercise') {
      const exerciseId = paramsOf(req).exerciseId ?? ''
      if (!isExerciseId(exerciseId)) throw badRequest('bad_exercise', 'The API root names no exercise id (letters, digits, . _ : -, at most 100)', '/params/exerciseId')
      // Only the exercise's participants and controllers reach its world; to anyone else it does not exist.
      await exercises.assertMayAct(deps, actor, exerciseId)
      world = exerciseId
    }
    req.taxiiCaller = { actor: inExercise(actor, world), public: false }
  })
  const route = { config: { auth: 'in-route' as const }, schema: { hide: true } }

  app.get('/', route, async (req, reply) => {
    const type = negotiate(req, false)
    const caller = callerOf(req)
    const world = caller.public ? 'TLP:CLEAR objects, open to anyone' : caller.actor.exerciseId === null ? 'the real world' : `exercise ${caller.actor.exerciseId} only`
    return sendResource(reply, type, 
      JSON.stringify({ title: opts.root === 'public' ? 'Public intel' : 'Shieldwall intel', description: `Intel of ${world}`, versions: [TAXII_MEDIA_TYPE], max_content_length: opts.maxContentLength }),
    )
  })

  app.get('/collections/', route, async (req, reply) => {
    const type = negotiate(req, false)
    const list = await taxii.collections(deps, callerOf(req))
    return sendResource(reply, type, JSON.stringify(list.length === 0 ? {} : { collections: list.map(collectionResource) }))
  })

  app.get('/collections/:collectionId/', route, async (req, reply) => {
    const type = negotiate(req, false)
    return sendResource(reply, type, JSON.stringify(collectionResource(await taxii.collection(deps, callerOf(req), paramsOf(req).collectionId!))))
  })

  app.get('/collections/:collectionId/objects/', route, async (req, reply) => {
    const type = negotiate(req, true)
    const page = await taxii.objects(deps, callerOf(req), paramsOf(req).collectionId!, pageQueryOf(queryOf(req), opts.pageLimit, 'last'))
    dateAddedHeaders(reply, page.items)
    return sendResource(reply, type, objectsEnvelope(page))
  })

  app.post('/collections/:collectionId/objects/', { ...route, bodyLimit: opts.maxContentLength }, async (req, reply) => {
    const type = negotiate(req, false)
    checkContentType(req)
    const body = req.body as { objects?: unknown } | null
    if (typeof body !== 'object' || body === null || Array.isArray(body) || !Array.isArray(body.objects)) {
      throw badRequest('not_an_envelope', 'The body is a TAXII envelope: {"objects": [...]}', '/objects')
    }
    const status = await taxii.addObjects(deps, callerOf(req), paramsOf(req).collectionId!, body.objects as unknown[])
    return sendResource(reply, type, JSON.stringify(status), 202)
  })

  app.get('/collections/:collectionId/manifest/', route, async (req, reply) => {
    const type = negotiate(req, false)
    const page = await taxii.manifest(deps, callerOf(req), paramsOf(req).collectionId!, pageQueryOf(queryOf(req), opts.pageLimit, 'last'))
    dateAddedHeaders(reply, page.items)
    return sendResource(reply, type, manifestEnvelope(page))
  })

  app.get('/collections/:collectionId/objects/:objectId/', route, async (req, reply) => {
    const type = negotiate(req, true)
    const { collectionId, objectId } = paramsOf(req)
    const page = await taxii.object(deps, callerOf(req), collectionId!, objectId!, pageQueryOf(queryOf(req), opts.pageLimit, 'last'))
    dateAddedHeaders(reply, page.items)
    return sendResource(reply, type, objectsEnvelope(page))
  })

  app.delete('/collections/:collectionId/objects/:objectId/', route, async (req, reply) => {
    negotiate(req, false)
    const { collectionId, objectId } = paramsOf(req)
    await taxii.deleteObject(deps, callerOf(req), collectionId!, objectId!, versionsOf(queryOf(req), 'all'))
    return reply.code(200).send()
  })

  app.get('/collections/:collectionId/objects/:objectId/versions/', route, async (req, reply) => {
    const type = negotiate(req, false)
    const { collectionId, objectId } = paramsOf(req)
    const page = await taxii.versions(deps, callerOf(req), collectionId!, objectId!, pageQueryOf(queryOf(req), opts.pageLimit, 'all'))
    dateAddedHeaders(reply, page.items)
    return sendResource(reply, type, versionsEnvelope(page))
  })

  app.get('/status/:statusId/', route, async (req, reply) => {
    const type = negotiate(req, false)
    return sendResource(reply, type, JSON.stringify(await taxii.status(deps, callerOf(req), paramsOf(req).statusId!)))
  })
}

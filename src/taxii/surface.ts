/**
 * The TAXII 2.1 surface under /taxii2 (OASIS TAXII 2.1, sections 3–5): discovery, and the same
 * endpoints under each API root — /taxii2/api/ (the real world), /taxii2/exercises/{exercise}/
 * (that exercise's world only), and, when the operator opens it, /taxii2/public/ (TLP:CLEAR, no
 * credentials). A thin adapter: every answer comes from the intel capability's TAXII use cases.
 */
import { AppError } from '../core/errors'
import type { Surface } from '../surfaces/surface'
import { actorOfRequest } from './auth'
import { sendResource } from './envelope'
import { taxiiErrors } from './errors'
import { TAXII_MEDIA_TYPE, negotiate } from './media'
import { rootRoutes, type RootOptions } from './routes'

export interface TaxiiOptions {
  /** Serve /taxii2/public/ (CLEAR objects) to callers without credentials. */
  publicRoot: boolean
  /** Largest request body, advertised as max_content_length. */
  maxContentLength: number
  /** Most objects in one page. */
  pageLimit: number
  /** The hub's name, the discovery title. */
  title: string
}

export const taxiiSurface = (opts: TaxiiOptions): Surface => ({
  name: 'taxii',
  prefix: '/taxii2',
  errors: taxiiErrors,
  async register(app, { deps }) {
    // Bodies are TAXII envelopes only, read whole up to max_content_length (a larger one is 413).
    app.removeAllContentTypeParsers()
    app.addContentTypeParser(['application/taxii+json', 'application/stix+json'], { parseAs: 'string', bodyLimit: opts.maxContentLength }, (_req, body, done) => {
      try {
        done(null, JSON.parse(body as string))
      } catch {
        done(new AppError(400, 'malformed_json', 'The body is not valid JSON'), undefined)
      }
    })

    app.get('/', { config: { auth: 'in-route' }, schema: { hide: true } }, async (req, reply) => {
      const type = negotiate(req, false)
      const actor = await actorOfRequest(deps, req)
      const base = `${req.protocol}://${req.host}/taxii2`
      if (actor === null && !opts.publicRoot) throw new AppError(401, 'unauthorized', 'Credentials are required: HTTP Basic with an API token as the password, or a Bearer token')
      const roots = [...(actor !== null ? [`${base}/api/`] : []), ...(opts.publicRoot ? [`${base}/public/`] : [])]
      return sendResource(reply, type, 
        JSON.stringify({
          title: `${opts.title} TAXII`,
          description: `TAXII 2.1 over ${opts.title}'s intel. Each exercise has its own API root, ${base}/exercises/{exercise}/, whose traffic never mixes with the real world's.`,
          default: roots[0],
          api_roots: roots,
        }),
      )
    })

    const shared: Omit<RootOptions, 'root'> = { deps, maxContentLength: opts.maxContentLength, pageLimit: opts.pageLimit }
    await app.register(rootRoutes, { ...shared, root: 'default', prefix: '/api' })
    await app.register(rootRoutes, { ...shared, root: 'exercise', prefix: '/exercises/:exerciseId' })
    if (opts.publicRoot) await app.register(rootRoutes, { ...shared, root: 'public', prefix: '/public' })
  },
})

export { TAXII_MEDIA_TYPE }

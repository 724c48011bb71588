/**
 * The web console (web/, built by Vite into dist/web) as a static surface at `/`. It answers only
 * its own paths: the built files, and the single-page app's client routes (CONSOLE_ROUTES, held to
 * web/src/routes.tsx by a test), which get index.html (history fallback). Every other path stays
 * with the surface whose prefix it falls under (/api, /taxii2 …), so an unknown one is answered in
 * that surface's own error format, and a URL that is no hub's page is a 404. The host sets the security headers
 * the pages rely on (CSP without inline scripts, frame-ancestors 'none', no-referrer) on every answer.
 */
import fastifyStatic from '@fastify/static'
import type { FastifyReply } from 'fastify'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, normalize, resolve } from 'node:path'
import type { Surface } from '../surfaces/surface'

/** The repository (or installed package) root: the nearest folder up from here holding package.json. */
function packageRoot(from: string): string {
  let dir = from
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir)
    if (up === dir) throw new Error(`no package.json above ${from}`)
    dir = up
  }
  return dir
}

/** Where `npm install` (scripts/build.ts) puts the built console. */
export const defaultConsoleRoot = (): string => join(packageRoot(import.meta.dirname), 'dist', 'web')

const isFileUnder = (root: string, urlPath: string): string | null => {
  const rel = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '')
  const full = resolve(root, rel)
  if (!full.startsWith(root + '/')) return null
  return existsSync(full) && statSync(full).isFile() ? rel : null
}

/** The first path segment of each client route of the single-page app (web/src/routes.tsx). */
export const CONSOLE_ROUTES = ['sign-in', 'enrol', 'incidents', 'assistance', 'assistance-metrics', 'capabilities', 'intel', 'members', 'decisions', 'notifications', 'audit', 'account'] as const

export const consoleSurface = (root: string = defaultConsoleRoot()): Surface => ({
  name: 'console',
  prefix: '',
  async register(app) {
    if (!existsSync(join(root, 'index.html'))) {
      app.log.warn({ root }, 'web console not built (run npm run build): / is not served')
      return
    }
    await app.register(fastifyStatic, { root, serve: false })
    const route = { config: { auth: 'public' as const }, schema: { hide: true } }
    const page = async (_req: unknown, reply: FastifyReply) => reply.header('cache-control', 'no-cache').sendFile('index.html')
    app.get('/', route, page)
    for (const first of CONSOLE_ROUTES) {
      app.get(`/${first}`, route, page)
      app.get(`/${first}/*`, route, page)
    }
    // The built files: hashed assets never change under their name, the few others are fetched again.
    for (const entry of readdirSync(root)) {
      if (entry === 'index.html') continue
      const isDir = statSync(join(root, entry)).isDirectory()
      app.get(isDir ? `/${entry}/*` : `/${entry}`, route, async (req, reply) => {
        const file = isFileUnder(root, req.url.split('?')[0] ?? '/')
        if (!file) return reply.callNotFound()
        return reply.sendFile(file, { immutable: file.startsWith('assets/'), maxAge: file.startsWith('assets/') ? '365d' : 0 })
      })
    }
  },
})

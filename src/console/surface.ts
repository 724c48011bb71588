/**
 * The web console (web/, built by Vite into dist/web) as a static surface at `/`. The API stays
 * under /api: its routes are more specific than this surface's catch-all, and an unknown /api path
 * is still answered as a problem document. Any other unknown path is a client route of the
 * single-page app, so it gets index.html (history fallback). The host sets the security headers
 * the pages rely on (CSP without inline scripts, frame-ancestors 'none', no-referrer) on every answer.
 */
import fastifyStatic from '@fastify/static'
import { existsSync, statSync } from 'node:fs'
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

export const consoleSurface = (root: string = defaultConsoleRoot()): Surface => ({
  name: 'console',
  prefix: '',
  async register(app) {
    if (!existsSync(join(root, 'index.html'))) {
      app.log.warn({ root }, 'web console not built (run npm run build): / is not served')
      return
    }
    await app.register(fastifyStatic, { root, serve: false })
    app.get('/*', { config: { auth: 'public' }, schema: { hide: true } }, async (req, reply) => {
      const path = req.url.split('?')[0] ?? '/'
      if (path === '/api' || path.startsWith('/api/')) return reply.callNotFound()
      const file = path === '/' ? null : isFileUnder(root, path)
      // Hashed assets never change under their name; index.html must be fetched again each time.
      if (file) return reply.sendFile(file, { immutable: file.startsWith('assets/'), maxAge: file.startsWith('assets/') ? '365d' : 0 })
      return reply.header('cache-control', 'no-cache').sendFile('index.html')
    })
  },
})

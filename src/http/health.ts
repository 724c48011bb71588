import type { HubApp } from '../surfaces/surface'
import { AppError } from '../core/errors'

/** Liveness (the process answers) and readiness (its database answers). */
export function registerHealth(app: HubApp, ready: () => Promise<boolean>): void {
  app.get('/healthz', { config: { auth: 'public' }, schema: { hide: true } }, async () => ({ status: 'ok' }))
  app.get('/readyz', { config: { auth: 'public' }, schema: { hide: true } }, async () => {
    const ok = await ready().catch(() => false)
    if (!ok) throw new AppError(503, 'not_ready', 'The database does not answer')
    return { status: 'ready' }
  })
}

import type { Surface } from '../surfaces/surface'
import type { LiveFeed } from './live-feed'
import { registerLiveMetrics } from './metrics'
import { registerSseRoute } from './sse-route'
import { registerWsRoute } from './ws-route'

/** The live feed of `feed` at /api/v1/live, over WebSocket (the host speaks it) and over SSE. */
export const liveSurface = (feed: LiveFeed): Surface => ({
  name: 'live',
  prefix: '/api/v1',
  async register(app, { deps }) {
    await registerWsRoute(app, { deps, live: feed })
    await registerSseRoute(app, feed, deps)
  },
  metrics: (registry) => registerLiveMetrics(registry, () => feed.stats()),
})

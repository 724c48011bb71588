import type { HubApp } from './app'
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client'
import type { LiveStats } from '../live/live-feed'

/**
 * Prometheus metrics of this process: request durations by route and status, Node's own, and
 * the live feed's connections, drops by reason and bytes queued for slow readers.
 */
export function registerMetrics(app: HubApp, liveStats?: () => LiveStats): Registry {
  const registry = new Registry()
  collectDefaultMetrics({ register: registry })
  if (liveStats) registerLiveMetrics(registry, liveStats)
  const duration = new Histogram({
    name: 'shieldwall_http_request_duration_seconds',
    help: 'HTTP request duration by method, route and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
    registers: [registry],
  })
  app.addHook('onResponse', async (req, reply) => {
    duration.observe({ method: req.method, route: req.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) }, reply.elapsedTime / 1000)
  })
  app.get('/metrics', { config: { auth: 'public' }, schema: { hide: true } }, async (_req, reply) => {
    reply.type(registry.contentType)
    return registry.metrics()
  })
  return registry
}

function registerLiveMetrics(registry: Registry, liveStats: () => LiveStats): void {
  new Gauge({
    name: 'shieldwall_live_connections',
    help: 'Open live-feed connections by framing',
    labelNames: ['framing'],
    registers: [registry],
    collect() {
      for (const [framing, n] of Object.entries(liveStats().connections)) this.set({ framing }, n)
    },
  })
  new Gauge({
    name: 'shieldwall_live_buffered_bytes',
    help: 'Bytes queued on live-feed connections and not yet written, by framing',
    labelNames: ['framing'],
    registers: [registry],
    collect() {
      for (const [framing, n] of Object.entries(liveStats().bufferedBytes)) this.set({ framing }, n)
    },
  })
  // A gauge fed from the feed's own running totals: prom-client counters cannot be set from a snapshot.
  new Gauge({
    name: 'shieldwall_live_drops_total',
    help: 'Live-feed connections dropped since start, by framing and reason',
    labelNames: ['framing', 'reason'],
    registers: [registry],
    collect() {
      for (const [framing, byReason] of Object.entries(liveStats().drops)) {
        for (const [reason, n] of Object.entries(byReason)) this.set({ framing, reason }, n)
      }
    },
  })
}

import { Gauge, type Registry } from 'prom-client'
import type { LiveStats } from './live-feed'

/** The live feed's gauges: open connections, bytes queued for them, and drops by reason, per framing. */
export function registerLiveMetrics(registry: Registry, liveStats: () => LiveStats): void {
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

/** Figures a person can read: rounded, with their units, and durations also in words. */
import type { DurationsView, RatingsView } from './metrics.schema'

const round = (x: number, decimals: number): number => {
  const f = 10 ** decimals
  return Math.round(x * f) / f
}

/** A fraction 0..1 to three decimals; null when there is nothing to divide. */
export const share = (part: number, whole: number): number | null => (whole === 0 ? null : round(part / whole, 3))

/** "45 s", "12 min", "3 h 20 min", "2 d 4 h". */
export function humanDuration(seconds: number): string {
  const s = Math.round(seconds)
  if (s < 60) return `${s} s`
  const m = Math.round(s / 60)
  if (m < 60) return `${m} min`
  const h = Math.floor(m / 60)
  if (h < 48) return m % 60 === 0 ? `${h} h` : `${h} h ${m % 60} min`
  const d = Math.floor(h / 24)
  return h % 24 === 0 ? `${d} d` : `${d} d ${h % 24} h`
}

export function durations(xs: readonly (number | null)[]): DurationsView {
  const v = xs.filter((x): x is number => x !== null).sort((a, b) => a - b)
  if (v.length === 0) return { count: 0, medianSeconds: null, meanSeconds: null, median: null }
  const mid = Math.floor(v.length / 2)
  const median = v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2
  return { count: v.length, medianSeconds: Math.round(median), meanSeconds: Math.round(v.reduce((a, b) => a + b, 0) / v.length), median: humanDuration(median) }
}

export function ratings(xs: readonly (number | null)[]): RatingsView {
  const v = xs.filter((x): x is number => x !== null)
  return { count: v.length, mean: v.length === 0 ? null : round(v.reduce((a, b) => a + b, 0) / v.length, 2) }
}

export const secondsBetween = (from: string | null, to: string | null): number | null =>
  from === null || to === null ? null : (Date.parse(to) - Date.parse(from)) / 1000

/** Small helpers shared by the benchmarks: percentiles and a timer. */
export const percentile = (sorted: readonly number[], p: number): number => {
  if (sorted.length === 0) return NaN
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[i]!
}

export const timeMs = async <T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> => {
  const t0 = performance.now()
  const value = await fn()
  return { ms: performance.now() - t0, value }
}

export const fmt = (n: number, digits = 1): string =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })

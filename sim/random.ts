/** A seeded random source for simulated nations: the same seed plays the same exercise. */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64'
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus'

export interface Random {
  /** Uniform in [0, 1). */
  next(): number
  /** Log-normal around a median: median × e^(spread × N(0,1)); answer delays are skewed like that. */
  logNormal(median: number, spread: number): number
  pick<T>(items: readonly T[]): T
}

export function seededRandom(seed: number): Random {
  const rng = xoroshiro128plus(seed)
  const next = () => uniformFloat64(rng)
  return {
    next,
    logNormal: (median, spread) => {
      // Box–Muller: one standard normal from two uniforms.
      const z = Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next())
      return median * Math.exp(spread * z)
    },
    pick: (items) => items[Math.floor(next() * items.length)]!,
  }
}

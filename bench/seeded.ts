/** Deterministic choices for the benchmarks' worlds, so that runs compare. */
import type { Tlp } from '../src/tlp'

const TLP_MIX: [Tlp, number][] = [
  ['CLEAR', 0.01],
  ['GREEN', 0.04],
  ['AMBER', 0.45],
  ['AMBER+STRICT', 0.25],
  ['RED', 0.25],
]

export function seeded(seed = 0x5eed) {
  let s = seed
  const random = () => (s = (s * 1_103_515_245 + 12_345) & 0x7fffffff) / 0x80000000
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!
  const pickSome = <T>(xs: readonly T[], min: number, max: number): T[] =>
    Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, () => pick(xs))
  /** Mostly AMBER, a quarter each AMBER+STRICT and RED, a little CLEAR and GREEN. */
  const pickTlp = (): Tlp => {
    let r = random()
    for (const [tlp, p] of TLP_MIX) if ((r -= p) < 0) return tlp
    return 'AMBER'
  }
  return { random, pick, pickSome, pickTlp }
}

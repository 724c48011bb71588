/**
 * The allowed values nearest to a wrong one, so that a refusal can say what was probably meant.
 * Edit distance (Levenshtein, a swap of neighbours counting as one edit) over lower case, with a value that starts with or contains what was
 * typed counted as near too ("energy" for "energ", "energy-electricity" for "electricity").
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0
  // Optimal string alignment: insertions, deletions, substitutions and swaps of neighbours ("hihg").
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1)
      d[i]![j] = best
    }
  }
  return d[a.length]![b.length]!
}

/** Up to `max` allowed values near `value`, nearest first; none when nothing is reasonably close. */
export function nearest(value: string, allowed: readonly string[], max = 3): string[] {
  const v = value.trim().toLowerCase()
  if (v.length === 0) return []
  const scored = allowed.map((a) => {
    const l = a.toLowerCase()
    const contains = v.length >= 3 && (l.startsWith(v) || l.includes(v) || v.includes(l))
    return { a, d: contains ? Math.min(1, editDistance(v, l)) : editDistance(v, l) }
  })
  // Close enough to be a slip: at most a third of the longer string, and never more than 4 edits.
  const near = scored.filter(({ a, d }) => d <= Math.min(4, Math.max(1, Math.floor(Math.max(v.length, a.length) / 3))))
  return near.sort((x, y) => x.d - y.d || x.a.localeCompare(y.a)).slice(0, max).map((x) => x.a)
}

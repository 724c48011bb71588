/**
 * Where a measurement's time goes, from Node's own inspector (no extra tool): the CPU profile of
 * this thread while `fn` runs, summed by function (self time) and printed as the top entries.
 */
import { Session } from 'node:inspector/promises'
import { relative } from 'node:path'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  hitCount?: number
}

interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

export async function profiled<T>(top: number, fn: () => Promise<T>): Promise<T> {
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.setSamplingInterval', { interval: 200 })
  await session.post('Profiler.start')
  try {
    return await fn()
  } finally {
    const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile }
    session.disconnect()
    printTop(profile, top)
  }
}

const where = (n: ProfileNode): string => {
  const f = n.callFrame
  const file = f.url ? relative(process.cwd(), f.url.replace(/^file:\/\//, '')) : ''
  return `${f.functionName || '(anonymous)'} ${file}${file ? `:${f.lineNumber + 1}` : ''}`
}

function printTop(profile: Profile, top: number): void {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]))
  const selfMs = new Map<string, number>()
  let total = 0
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000
    total += ms
    const key = where(byNode.get(id)!)
    selfMs.set(key, (selfMs.get(key) ?? 0) + ms)
  })
  const rows = [...selfMs.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)
  for (const [key, ms] of rows) console.log(`    ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${key}`)
}

/**
 * The surfaces (http/, live/, later taxii/) and the seam they share (surfaces/) form no import
 * cycle, and no surface imports another: each is registered by hub.ts and meets the others only
 * in surfaces/. ESLint refuses such an import at the line; this test proves the whole graph,
 * type-only imports included, which is what a circle is made of.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const SURFACES = ['http', 'live', 'taxii', 'console']
const SEAM = 'surfaces'

const sourceFilesUnder = (dir: string): string[] =>
  !existsSync(dir)
    ? []
    : readdirSync(dir).flatMap((name) => {
        const path = join(dir, name)
        if (statSync(path).isDirectory()) return sourceFilesUnder(path)
        return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : []
      })

function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null
  const base = resolve(dirname(from), specifier)
  return [`${base}.ts`, join(base, 'index.ts'), base].find((p) => existsSync(p) && statSync(p).isFile()) ?? null
}

/** Every file of the surfaces and the seam, with the files of that set it imports. */
function importGraph(): Map<string, string[]> {
  const files = [...SURFACES, SEAM].flatMap((d) => sourceFilesUnder(join(SRC, d)))
  const inSet = new Set(files)
  return new Map(
    files.map((file) => {
      const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true)
      const targets = importedFiles.map((i) => resolveImport(file, i.fileName)).filter((p): p is string => p !== null && inSet.has(p))
      return [file, targets]
    }),
  )
}

/** One import cycle of the graph, as the files on it, or null. */
function findCycle(graph: Map<string, string[]>): string[] | null {
  const done = new Set<string>()
  const path: string[] = []
  const visit = (file: string): string[] | null => {
    const at = path.indexOf(file)
    if (at >= 0) return [...path.slice(at), file]
    if (done.has(file)) return null
    path.push(file)
    for (const next of graph.get(file) ?? []) {
      const cycle = visit(next)
      if (cycle) return cycle
    }
    path.pop()
    done.add(file)
    return null
  }
  for (const file of graph.keys()) {
    const cycle = visit(file)
    if (cycle) return cycle
  }
  return null
}

const topDir = (file: string): string => relative(SRC, file).split(/[\\/]/)[0]!
const show = (files: string[]) => files.map((f) => relative(SRC, f)).join(' → ')

describe('the surfaces', () => {
  const graph = importGraph()

  it('are read: the graph holds the API, the live feed and the seam', () => {
    const dirs = new Set([...graph.keys()].map(topDir))
    expect([...dirs].sort()).toEqual(expect.arrayContaining(['http', 'live', 'surfaces']))
    expect([...graph.values()].flat().length).toBeGreaterThan(10)
  })

  it('form no import cycle with each other or the seam they share', () => {
    const cycle = findCycle(graph)
    expect(cycle && show(cycle)).toBeNull()
  })

  it('never import one another, and the seam imports none of them', () => {
    const crossings = [...graph].flatMap(([file, targets]) =>
      targets.filter((t) => topDir(t) !== topDir(file) && topDir(t) !== SEAM).map((t) => show([file, t])),
    )
    expect(crossings).toEqual([])
  })
})

import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { DOCUMENT_FILE, generateArtefacts, SCHEMA_FILE, stableJson } from './openapi-artefacts'

const repoRoot = fileURLToPath(new URL('..', import.meta.url))

/** The first line where two texts part, shown instead of a diff of a 400 kB string; null when equal. */
function firstDifference(committed: string, fresh: string): string | null {
  if (committed === fresh) return null
  const a = committed.split('\n')
  const b = fresh.split('\n')
  const line = a.findIndex((l, i) => l !== b[i])
  const at = line === -1 ? a.length : line
  return `line ${at + 1}: committed ${JSON.stringify(a[at] ?? '<end of file>')}, generated ${JSON.stringify(b[at] ?? '<end of file>')}`
}

describe('the committed API artefacts', () => {
  it('openapi.json and the generated client types match the routes (else run `npm run openapi`)', async () => {
    const fresh = await generateArtefacts()
    for (const file of [DOCUMENT_FILE, SCHEMA_FILE]) {
      const committed = await readFile(`${repoRoot}${file}`, 'utf8').catch(() => '')
      expect(firstDifference(committed, fresh[file]!), `${file} is out of date: run \`npm run openapi\` and commit the result`).toBeNull()
    }
  })

  it('writes the document the same way whatever order its keys came in', () => {
    const a = { paths: { '/b': { post: 1, get: 2 }, '/a': {} }, openapi: '3.1.0', tags: [{ z: 1, a: 2 }, 'x'] }
    const b = { openapi: '3.1.0', tags: [{ a: 2, z: 1 }, 'x'], paths: { '/a': {}, '/b': { get: 2, post: 1 } } }
    expect(stableJson(a)).toBe(stableJson(b))
    expect(stableJson(a)).toBe('{\n  "openapi": "3.1.0",\n  "paths": {\n    "/a": {},\n    "/b": {\n      "get": 2,\n      "post": 1\n    }\n  },\n  "tags": [\n    {\n      "a": 2,\n      "z": 1\n    },\n    "x"\n  ]\n}\n')
  })

  it('keeps the order of arrays, whose order is meaning', () => {
    expect(JSON.parse(stableJson({ required: ['name', 'kind'], enum: [3, 1, 2] }))).toEqual({ required: ['name', 'kind'], enum: [3, 1, 2] })
  })
})

/**
 * The committed API artefacts, generated in memory: `openapi.json` (the document the hub serves at
 * /api/openapi.json, keys sorted so that it diffs cleanly) and `src/client/schema.ts` (its types,
 * by openapi-typescript, which the typed client in src/client/hub-client.ts is built on).
 * `npm run openapi` writes them; scripts/openapi-artefacts.test.ts fails when they are stale.
 */
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript'
import { loadConfig } from '../src/config'
import { createLogger } from '../src/core/logger'
import { createHub } from '../src/hub'
import { openStore } from '../src/store/db'

/** Paths of the artefacts, relative to the repository root. */
export const DOCUMENT_FILE = 'openapi.json'
export const SCHEMA_FILE = 'src/client/schema.ts'

/** The document of a hub built exactly as `npm start` builds it, on a throwaway in-memory database, never listening. */
export async function buildOpenApiDocument(): Promise<OpenAPI3> {
  const store = await openStore({ databaseUrl: null, dataDir: '', sqliteFile: ':memory:' })
  const hub = await createHub(loadConfig({ LOG_LEVEL: 'silent', ROLES: 'http' }), { store, logger: createLogger('silent') })
  try {
    await hub.app.ready()
    return hub.app.swagger() as OpenAPI3
  } finally {
    await hub.close()
    await store.close()
  }
}

/** Object keys sorted at every depth (array order is meaning, so it stays), two-space indent, final newline. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value === null || typeof value !== 'object') return value
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]))
}

const SCHEMA_BANNER = `/**
 * GENERATED from openapi.json by openapi-typescript: do not edit. Run \`npm run openapi\` after changing a route.
 */
`

/** The TypeScript types of a document (paths, components, operations). */
export async function schemaTypes(document: OpenAPI3): Promise<string> {
  const ast = await openapiTS(document)
  return SCHEMA_BANNER + astToString(ast)
}

/** Both artefacts' text, keyed by their path relative to the repository root. */
export async function generateArtefacts(): Promise<Record<string, string>> {
  // The types are generated from the sorted text, exactly what a reader of openapi.json sees.
  const documentText = stableJson(await buildOpenApiDocument())
  return {
    [DOCUMENT_FILE]: documentText,
    [SCHEMA_FILE]: await schemaTypes(JSON.parse(documentText) as OpenAPI3),
  }
}

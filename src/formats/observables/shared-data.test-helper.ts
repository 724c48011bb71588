import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** Real data lives outside the repo (test/shared-data.ts); never copied in. */
export { NO_SHARED_DATA, SHARED_DATA } from '../../../test/shared-data'

export function jsonFilesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return jsonFilesUnder(path)
    return name.endsWith('.json') ? [path] : []
  })
}

export const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'))

/** Every object of a bundle, or the lone object of a file that holds one. */
export function stixObjectsIn(path: string): Record<string, unknown>[] {
  const doc = readJson(path) as Record<string, unknown>
  return Array.isArray(doc.objects) ? (doc.objects as Record<string, unknown>[]) : [doc]
}

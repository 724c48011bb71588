/**
 * The OASIS STIX 2.1 JSON schemas, loaded from the shared data folder, as the judge our own
 * schemas are compared against in tests. Test support only: the product never loads them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import type { ValidateFunction } from 'ajv'
import { SHARED_DATA } from '../../../../test/shared-data'

export { NO_SHARED_DATA, SHARED_DATA } from '../../../../test/shared-data'
const SCHEMA_ROOT = join(SHARED_DATA, 'stix2.1-json-schemas', 'schemas')

const jsonFilesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return jsonFilesUnder(path)
    return name.endsWith('.json') ? [path] : []
  })

export interface OasisJudge {
  /** True when the OASIS schema for the object's type (core.json for custom types) accepts it. */
  accepts(obj: Record<string, unknown>): boolean
  schemaCount: number
}

export const loadOasisJudge = (): OasisJudge => {
  const ajv = new Ajv2020({ strict: false, unicodeRegExp: false, logger: false })
  addFormats(ajv)
  const files = jsonFilesUnder(SCHEMA_ROOT)
  const byType = new Map<string, string>()
  for (const file of files) {
    const schema = JSON.parse(readFileSync(file, 'utf8')) as { $id: string }
    ajv.addSchema(schema)
    byType.set(file.split('/').pop()!.replace(/\.json$/, ''), schema.$id)
  }
  const validators = new Map<string, ValidateFunction>()
  const validatorFor = (type: string): ValidateFunction => {
    const key = byType.has(type) && !['core', 'bundle', 'properties'].includes(type) ? type : 'core'
    let v = validators.get(key)
    if (v === undefined) {
      v = ajv.getSchema(byType.get(key)!)!
      validators.set(key, v)
    }
    return v
  }
  return {
    accepts: (obj) => validatorFor(String(obj.type)).call(undefined, obj) === true,
    schemaCount: files.length,
  }
}

/** Every object of a file: a bundle's objects, or the file's one object. */
export const objectsOf = (file: string): Record<string, unknown>[] => {
  const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
  return json.type === 'bundle' ? (json.objects as Record<string, unknown>[]) : [json]
}

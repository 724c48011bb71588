/**
 * MISP's own rules, loaded from the shared data folder, as the judge of the events the hub writes
 * (test support only): PyMISP's schema.json (strict; it predates MISP objects, so objects are
 * judged against schema-lax.json and MISP's object templates), its type table describeTypes.json.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Ajv from 'ajv'
import type { ValidateFunction } from 'ajv'
import { SHARED_DATA } from '../misp.test-helper'

const json = (...parts: string[]): Record<string, unknown> => JSON.parse(readFileSync(join(SHARED_DATA, 'misp', ...parts), 'utf8')) as Record<string, unknown>

/** The draft-04 schemas use only keywords draft-07 reads the same; their `$schema` and `id` go. */
function compile(file: string): { event: ValidateFunction; attribute: ValidateFunction } {
  const { $schema: _s, id: _id, ...schema } = json('pymisp', file)
  const ajv = new Ajv({ strict: false, allErrors: true })
  const event = ajv.compile(schema)
  const defs = schema.defs as Record<string, object>
  const attribute = ajv.compile({ ...defs.attribute, defs })
  return { event, attribute }
}

interface Template {
  attributes: Record<string, { 'misp-attribute': string }>
}

export interface Faults {
  /** schema.json (strict) on the event and every attribute, schema-lax.json on the whole. */
  schema: string[]
  /** type/category pairs describeTypes.json does not allow. */
  types: string[]
  /** Objects without a template, relations not in it, types other than its. */
  templates: string[]
}

export interface MispJudge {
  /** Every reason the event breaks a rule, by rule; all empty when MISP would take it. */
  faults(doc: { Event: Record<string, unknown> }): Faults
}

export function loadMispJudge(): MispJudge {
  const strict = compile('schema.json')
  const lax = compile('schema-lax.json')
  const types = (json('pymisp', 'describeTypes.json').result as { category_type_mappings: Record<string, string[]> }).category_type_mappings
  const templates = new Map<string, Template | null>()
  const templateOf = (name: string): Template | null => {
    if (!templates.has(name)) {
      try {
        templates.set(name, json('misp-objects', 'objects', name, 'definition.json') as unknown as Template)
      } catch {
        templates.set(name, null)
      }
    }
    return templates.get(name)!
  }
  const pairFault = (a: Record<string, unknown>, where: string): string[] =>
    types[String(a.category)]?.includes(String(a.type)) ? [] : [`${where}: type ${String(a.type)} is not allowed in category ${String(a.category)}`]
  return {
    faults(doc) {
      const out: Faults = { schema: [], types: [], templates: [] }
      const { Object: objects = [], ...flat } = doc.Event as { Object?: Record<string, unknown>[] } & Record<string, unknown>
      if (!strict.event({ Event: flat })) out.schema.push(`schema.json: ${JSON.stringify(strict.event.errors)}`)
      if (!lax.event(doc)) out.schema.push(`schema-lax.json: ${JSON.stringify(lax.event.errors)}`)
      for (const a of (flat.Attribute ?? []) as Record<string, unknown>[]) out.types.push(...pairFault(a, `attribute ${String(a.uuid)}`))
      for (const o of objects) {
        const template = templateOf(String(o.name))
        if (template === null) out.templates.push(`object ${String(o.uuid)}: no MISP template "${String(o.name)}"`)
        for (const a of (o.Attribute ?? []) as Record<string, unknown>[]) {
          const { object_relation: relation, ...plain } = a
          if (!strict.attribute(plain)) out.schema.push(`object attribute ${String(a.uuid)}: schema.json ${JSON.stringify(strict.attribute.errors)}`)
          out.types.push(...pairFault(a, `object attribute ${String(a.uuid)}`))
          const field = template?.attributes[String(relation)]
          if (template !== null && field === undefined) out.templates.push(`object ${String(o.name)}: no relation "${String(relation)}" in its template`)
          if (field !== undefined && field['misp-attribute'] !== a.type) out.templates.push(`object ${String(o.name)}.${String(relation)}: type ${String(a.type)}, template says ${field['misp-attribute']}`)
        }
      }
      return out
    },
  }
}

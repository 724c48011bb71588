/**
 * The OpenAPI document carries each vocabulary field's allowed values as its enum. The route
 * schemas only mark such a field (`x-vocab`, see domain/vocab/schema.ts) so that validation leaves
 * it to the domain, whose 422 names the nearest allowed values; the document is where the enum
 * is written out, once, when it is built.
 */
import { findVocabulary } from '../domain/vocab'

function addEnums(node: unknown): void {
  if (Array.isArray(node)) {
    for (const n of node) addEnums(n)
    return
  }
  if (node === null || typeof node !== 'object') return
  const o = node as Record<string, unknown>
  const name = o['x-vocab']
  if (typeof name === 'string' && o.enum === undefined) {
    const vocab = findVocabulary(name)
    if (vocab) o.enum = [...new Set(vocab.values.map((v) => v.id))]
  }
  for (const v of Object.values(o)) addEnums(v)
}

/** The document with every `x-vocab` field's enum filled in (changed in place and returned). */
export function withVocabEnums<T extends object>(doc: T): T {
  addEnums(doc)
  return doc
}

import { Type, type TInteger, type TString } from 'typebox'
import type { VocabularyName } from './catalogue'

/**
 * A field that takes a value of a vocabulary. The domain checks it (a 422 naming the nearest
 * allowed values, see unknownValue), so the schema does not: `x-vocab` only marks it, and the
 * OpenAPI document carries the vocabulary as the field's enum (src/http/openapi-vocab.ts).
 */
export const VocabString = (name: VocabularyName, options: Record<string, unknown> = {}): TString => Type.String({ ...options, 'x-vocab': name })

export const VocabInteger = (name: VocabularyName, options: Record<string, unknown> = {}): TInteger => Type.Integer({ ...options, 'x-vocab': name })

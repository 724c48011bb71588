/**
 * Every vocabulary the API takes, in one list with labels and sources: served by GET /api/v1/vocab
 * and `shieldwall vocab`, written into the OpenAPI document as enums, and used to name the nearest
 * allowed values when a request carries an unknown one.
 */
import { AppError } from '../../core/errors'
import type { CodeWithStatus } from '../../core/error-catalogue'
import { nearest } from '../../core/nearest'
import { FIRST_SERVICES, HUB_CATEGORIES } from './capability-categories'
import { LANGUAGES } from './languages'
import { NCISS_LEVELS } from './nciss'
import { RSIT, RSIT_CLASSES, type RsitClass } from './rsit'
import { SECTORS } from './sectors'
import { URGENCY_LEVELS } from './urgency'

export interface VocabEntry {
  id: string | number
  label: string
  [detail: string]: unknown
}

export interface Vocabulary {
  name: string
  label: string
  source: string
  /** The API fields that take a value of it, as JSON pointers into their bodies. */
  usedBy: readonly string[]
  values: readonly VocabEntry[]
}

const words = (id: string): string => id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, ' ')

export const VOCABULARIES: readonly Vocabulary[] = [
  {
    name: 'capability-categories',
    label: 'Capability categories',
    source: 'FIRST CSIRT Services Framework 2.1 (FIRST.org, 2019): its services; and the hub\u2019s categories, each refining one of them',
    usedBy: ['POST /capabilities /category', 'POST /assistance/requests /category'],
    values: [
      ...HUB_CATEGORIES.map((c) => ({ id: c.id, label: c.name, kind: 'hub', firstService: c.firstService })),
      ...FIRST_SERVICES.map((s) => ({ id: s.id, label: s.name, kind: 'first-service', area: s.area })),
    ],
  },
  {
    name: 'nis2-sectors',
    label: 'Sectors of critical infrastructure',
    source: 'Directive (EU) 2022/2555 (NIS2), Annex I (high criticality) and Annex II (other critical sectors), with subsectors; plus defence',
    usedBy: ['POST /incidents /sectors/*', 'POST /capabilities /sectors/*'],
    values: SECTORS.map((s) => ({ id: s.id, label: s.name, annex: s.annex, parent: s.parent })),
  },
  {
    name: 'rsit-classes',
    label: 'Incident classes',
    source: 'ENISA / TF-CSIRT Reference Security Incident Classification Taxonomy (RSIT), machine tags (MISP namespace rsit)',
    usedBy: ['POST /incidents /rsitClass'],
    values: RSIT_CLASSES.map((c) => ({ id: c, label: words(c), types: [...RSIT[c]] })),
  },
  {
    name: 'rsit-types',
    label: 'Incident types (within their class)',
    source: 'ENISA / TF-CSIRT RSIT, machine tags class:type',
    usedBy: ['POST /incidents /rsitType'],
    values: RSIT_CLASSES.flatMap((c) => RSIT[c].map((t) => ({ id: t, label: words(t), class: c, tag: `${c}:${t}` }))),
  },
  {
    name: 'nciss-levels',
    label: 'Severity levels',
    source: 'US National Cyber Incident Scoring System (NCISS), CISA: levels 0 (Baseline) to 5 (Emergency)',
    usedBy: ['POST /incidents /severity'],
    values: NCISS_LEVELS.map((l) => ({ id: l.level, label: l.name, colour: l.colour })),
  },
  {
    name: 'languages',
    label: 'Languages',
    source: 'ISO 639-1:2002 two-letter codes (ISO 639 Registration Authority, Library of Congress), English reference names',
    usedBy: ['POST /capabilities /languages/*', 'POST /assistance/requests /languages/*'],
    values: Object.entries(LANGUAGES).map(([id, label]) => ({ id, label })),
  },
  {
    name: 'urgencies',
    label: 'Urgency of an assistance request',
    source: 'The hub\u2019s own scale: how long offered providers have to answer, and the response time that scores fully in matching',
    usedBy: ['POST /assistance/requests /urgency'],
    values: URGENCY_LEVELS.map((u) => ({ id: u.id, label: words(u.id), answerWindowHours: u.answerWindowHours, targetResponseHours: u.targetResponseHours })),
  },
]

export type VocabularyName = 'capability-categories' | 'nis2-sectors' | 'rsit-classes' | 'rsit-types' | 'nciss-levels' | 'languages' | 'urgencies'

export const findVocabulary = (name: string): Vocabulary | undefined => VOCABULARIES.find((v) => v.name === name)

/** The ids a vocabulary allows (each once). */
export const vocabIds = (name: VocabularyName): (string | number)[] => [...new Set(findVocabulary(name)!.values.map((v) => v.id))]

/**
 * A 422 for a value outside its vocabulary, naming the nearest allowed ones and where to find them.
 * `among` narrows the candidates (an RSIT type is looked for within its class).
 */
export function unknownValue(code: CodeWithStatus<422>, vocabulary: VocabularyName, value: string, what: string, pointer: string, among?: readonly string[]): AppError {
  const near = nearest(value, among ?? vocabIds(vocabulary).map(String))
  const hint = near.length > 0 ? `; nearest: ${near.join(', ')}` : ''
  const message = `"${value}" is not ${what}${hint} (GET /api/v1/vocab/${vocabulary} lists them)`
  return new AppError(422, code, message, [{ pointer, detail: message }], { vocabulary, nearest: near })
}

export const rsitTypesOf = (cls: RsitClass): readonly string[] => RSIT[cls]

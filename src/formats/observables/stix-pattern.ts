import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type peggy from 'peggy'
import { AppError } from '../../core/errors'

/**
 * STIX 2.1 patterning: the parser is generated from `stix-pattern.peggy` (a transcription of the
 * official STIXPattern.g4) on first use, so importing this module costs nothing until a pattern
 * is actually read.
 */

export type Literal =
  | { type: 'string' | 'timestamp' | 'hex' | 'binary'; value: string }
  | { type: 'int' | 'float'; value: number }
  | { type: 'bool'; value: boolean }

export type PathStep = { key: string } | { index: number | '*' }

export interface ObjectPath {
  objectType: string
  steps: PathStep[]
}

export type ComparisonOperator = '=' | '!=' | '<' | '<=' | '>' | '>=' | 'IN' | 'LIKE' | 'MATCHES' | 'ISSUBSET' | 'ISSUPERSET'

export type ComparisonExpression =
  | { kind: 'test'; path: ObjectPath; negated: boolean; op: ComparisonOperator; value: Literal | Literal[] }
  | { kind: 'exists'; path: ObjectPath }
  | { kind: 'comparison-op'; op: 'AND' | 'OR'; left: ComparisonExpression; right: ComparisonExpression }

export type Qualifier =
  | { kind: 'within'; seconds: number }
  | { kind: 'repeats'; times: number }
  | { kind: 'start-stop'; start: string; stop: string }

export type ObservationExpression =
  | { kind: 'observation'; comparison: ComparisonExpression }
  | { kind: 'observation-op'; op: 'AND' | 'OR' | 'FOLLOWEDBY'; left: ObservationExpression; right: ObservationExpression }
  | { kind: 'qualified'; expr: ObservationExpression; qualifier: Qualifier }

export type PatternAst = ObservationExpression

let parser: peggy.Parser | null = null

function patternParser(): peggy.Parser {
  if (parser === null) {
    const grammar = readFileSync(new URL('./stix-pattern.peggy', import.meta.url), 'utf8')
    // Loaded here, not imported: peggy is a large module, and most processes (the CLI above all)
    // never read a pattern.
    const { generate } = createRequire(import.meta.url)('peggy') as typeof peggy
    parser = generate(grammar, { output: 'parser' })
  }
  return parser
}

interface PeggyError {
  message: string
  location: { start: { offset: number; line: number; column: number } }
}

const isPeggyError = (e: unknown): e is PeggyError =>
  e instanceof Error && typeof (e as Partial<PeggyError>).location?.start?.offset === 'number'

/** Parses a STIX 2.1 pattern; throws a 422 `invalid_stix_pattern` naming the column at fault. */
export function parsePattern(src: string): PatternAst {
  try {
    return patternParser().parse(src) as PatternAst
  } catch (e) {
    if (!isPeggyError(e)) throw e
    const { offset, line, column } = e.location.start
    const message = `Invalid STIX pattern at line ${line}, column ${column}: ${e.message}`
    throw new AppError(422, 'invalid_stix_pattern', message, [{ pointer: '/pattern', detail: message }], {
      offset,
      line,
      column,
    })
  }
}

/** A path as one string: keys joined by dots (unquoted), list indexes in brackets. */
export function pathToString(steps: readonly PathStep[]): string {
  return steps
    .map((step, i) => ('key' in step ? `${i === 0 ? '' : '.'}${step.key}` : `[${step.index}]`))
    .join('')
}

export interface EqualityObservable {
  type: string
  path: string
  value: string
}

const literalText = (l: Literal): string => String(l.value)

/**
 * The positive equality tests of a pattern (`=` and `IN`, not negated), in order of appearance:
 * what an indicator asserts to be bad, and so what the correlation index keys it by.
 */
export function equalityObservables(ast: PatternAst): EqualityObservable[] {
  const out: EqualityObservable[] = []
  const visitComparison = (c: ComparisonExpression): void => {
    if (c.kind === 'comparison-op') {
      visitComparison(c.left)
      visitComparison(c.right)
      return
    }
    if (c.kind !== 'test' || c.negated) return
    const base = { type: c.path.objectType, path: pathToString(c.path.steps) }
    if (c.op === '=' && !Array.isArray(c.value)) out.push({ ...base, value: literalText(c.value) })
    if (c.op === 'IN' && Array.isArray(c.value)) for (const v of c.value) out.push({ ...base, value: literalText(v) })
  }
  const visitObservation = (o: ObservationExpression): void => {
    switch (o.kind) {
      case 'observation':
        visitComparison(o.comparison)
        return
      case 'observation-op':
        visitObservation(o.left)
        visitObservation(o.right)
        return
      case 'qualified':
        visitObservation(o.expr)
        return
    }
  }
  visitObservation(ast)
  return out
}

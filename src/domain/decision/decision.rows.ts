/** The stored proposal's JSON columns, parsed once, and the rules that read them. */
import { createHash } from 'node:crypto'
import type { DeploymentInput } from './decision.schema'
import type { DecisionKind } from './decision.schema'
import type { AnswerRow, ProposalRow } from './decision.store'
import type { AnswerKind, LastAnswers, MajorityRule, Procedure } from './procedures'

export const DEADLINE_KIND = 'decision.deadline'

export interface ProposalParams {
  widen?: { tlp: string; addOrgs: string[] }
  deployment?: DeploymentInput & { nationId: string; exerciseId: string | null }
}

export interface Proposal {
  row: ProposalRow
  kind: DecisionKind
  procedure: Procedure
  addressees: string[]
  consentOf: string[]
  subjectIds: string[]
  params: ProposalParams
  rule: MajorityRule | null
}

export function parseProposal(row: ProposalRow): Proposal {
  return {
    row,
    kind: row.kind as DecisionKind,
    procedure: row.procedure as Procedure,
    addressees: JSON.parse(row.addressees) as string[],
    consentOf: JSON.parse(row.consent_of) as string[],
    subjectIds: JSON.parse(row.subject_ids) as string[],
    params: JSON.parse(row.params) as ProposalParams,
    rule: row.majority_rule === null ? null : (JSON.parse(row.majority_rule) as MajorityRule),
  }
}

/**
 * A disclosure keeps its holders from each other until it is adopted: each sees only itself among
 * the addressees, only its own answers, and the proposer only when it is its own organization.
 */
export const isSealed = (p: Proposal): boolean => p.kind === 'disclose_correlation' && p.row.outcome !== 'adopted'

/** The last answer of each addressee in a round: the one that counts. */
export function lastAnswers(answers: readonly AnswerRow[], round: number): LastAnswers {
  const out = new Map<string, AnswerKind>()
  for (const a of answers) if (a.round === round) out.set(a.addressee, a.answer as AnswerKind)
  return out
}

/**
 * The SHA-256 of a text version, written into the audit entries of the steps that issue, amend
 * or decide it: the hash chain then attests which words were put, amended and adopted.
 */
export const textSha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex')

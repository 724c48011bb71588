/**
 * The decision procedures written out plainly, as a person would apply them from their sources,
 * for property tests to hold the hub's implementation (src/domain/decision/procedures.ts) to:
 * the answers as given in order, each addressee's last one looked up by reading backwards.
 */
export type RefAnswer = 'concur' | 'object' | 'abstain' | 'break_silence'
export interface RefRule {
  quorum: number
  thresholdNum: number
  thresholdDen: number
  thresholdOf: 'addressees' | 'cast'
}

function lastOf(addressee: string, given: readonly { by: string; answer: RefAnswer }[]): RefAnswer | undefined {
  for (let i = given.length - 1; i >= 0; i--) if (given[i]!.by === addressee) return given[i]!.answer
  return undefined
}

export function referenceOutcome(
  procedure: 'silence' | 'consensus' | 'majority',
  addressees: readonly string[],
  given: readonly { by: string; answer: RefAnswer }[],
  rule: RefRule | null,
  consentOf: readonly string[] = [],
): string {
  const last = addressees.map((a) => lastOf(a, given))
  let outcome: string
  if (procedure === 'silence') {
    // Adopted unless someone broke silence (and did not take it back) by the deadline.
    outcome = last.includes('break_silence') ? 'silence_broken' : 'adopted'
  } else if (procedure === 'consensus') {
    if (last.includes('object')) outcome = 'rejected'
    else if (last.includes(undefined)) outcome = 'undecided'
    else outcome = last.includes('concur') ? 'adopted' : 'undecided'
  } else {
    const r = rule!
    const answered = last.filter((a) => a !== undefined).length
    const concur = last.filter((a) => a === 'concur').length
    const cast = concur + last.filter((a) => a === 'object').length
    const base = r.thresholdOf === 'addressees' ? addressees.length : cast
    if (answered < r.quorum || base === 0 || concur === 0) outcome = 'undecided'
    // Division is correctly rounded, so equal shares compare equal.
    else outcome = concur / base >= r.thresholdNum / r.thresholdDen ? 'adopted' : 'rejected'
  }
  if (outcome !== 'adopted') return outcome
  const consented = consentOf.every((h) => (procedure === 'silence' ? lastOf(h, given) !== 'break_silence' : lastOf(h, given) === 'concur'))
  return consented ? 'adopted' : 'rejected'
}

/**
 * The decision procedures: each one a pure function from the addressees' last answers to an
 * outcome, with no clock and no I/O, so that a property test can hold each to a plain reference.
 *
 * Sources:
 * - Silence procedure: NATO's North Atlantic Council practice — a draft text is circulated with a
 *   deadline and is adopted when it passes unless a member "breaks silence" by then (NATO,
 *   "Consensus decision-making at NATO", nato.int/cps/en/natohq/topics_49178.htm; the procedure is
 *   described there as the way most texts are agreed without a meeting).
 * - Consensus: NATO decides by consensus: no vote, a decision is "the expression of the collective
 *   will" of all members; abstaining (a member "dissociates" itself without blocking) is allowed,
 *   an objection blocks (same source). Undecided while anyone has not answered.
 * - Majority with quorum and threshold: the usual rule of smaller bodies (for example the Council
 *   of the EU's qualified and simple majorities, TFEU art. 238): a vote is valid only when a
 *   quorum of the addressees answered, and adopted when the concurrences reach the threshold, a
 *   fraction either of all addressees or of the votes cast (concur + object; abstentions count
 *   toward the quorum only).
 */
export const PROCEDURES = ['silence', 'consensus', 'majority'] as const
export type Procedure = (typeof PROCEDURES)[number]

export const ANSWER_KINDS = ['concur', 'object', 'abstain', 'break_silence'] as const
export type AnswerKind = (typeof ANSWER_KINDS)[number]

/** Which answers each procedure takes: silence is broken, not objected to; the others never "break silence". */
export const ANSWERS_OF: Record<Procedure, readonly AnswerKind[]> = {
  silence: ['concur', 'abstain', 'break_silence'],
  consensus: ['concur', 'object', 'abstain'],
  majority: ['concur', 'object', 'abstain'],
}

export interface MajorityRule {
  /** How many addressees must have answered (any answer, abstention included) for the vote to count. */
  quorum: number
  /** The share of concurrences needed: num/den of the base, reached or exceeded. */
  thresholdNum: number
  thresholdDen: number
  /** 'addressees': of every addressee; 'cast': of concur + object answers. */
  thresholdOf: 'addressees' | 'cast'
}

/**
 * - adopted: the text is agreed; its effects apply.
 * - rejected: an objection (consensus), or the threshold not reached (majority).
 * - undecided: someone has not answered (consensus), the quorum was not reached, or all abstained.
 * - silence_broken: an addressee broke silence; the proposer may issue an amended text.
 */
export const OUTCOMES = ['adopted', 'rejected', 'undecided', 'silence_broken'] as const
export type Outcome = (typeof OUTCOMES)[number]

export interface Tally {
  addressees: number
  concur: number
  object: number
  abstain: number
  breakSilence: number
  unanswered: number
}

/** The last answer of each addressee (absent: no answer). */
export type LastAnswers = ReadonlyMap<string, AnswerKind>

export function tally(addressees: readonly string[], answers: LastAnswers): Tally {
  const t: Tally = { addressees: addressees.length, concur: 0, object: 0, abstain: 0, breakSilence: 0, unanswered: 0 }
  for (const a of addressees) {
    const answer = answers.get(a)
    if (answer === undefined) t.unanswered++
    else if (answer === 'concur') t.concur++
    else if (answer === 'object') t.object++
    else if (answer === 'abstain') t.abstain++
    else t.breakSilence++
  }
  return t
}

/** Silence: adopted at the deadline unless an addressee's last answer breaks silence. */
export function silenceOutcome(t: Tally): Outcome {
  return t.breakSilence > 0 ? 'silence_broken' : 'adopted'
}

/** Consensus: any objection blocks; every addressee answered and at least one concurred adopts. */
export function consensusOutcome(t: Tally): Outcome {
  if (t.object > 0) return 'rejected'
  if (t.unanswered > 0) return 'undecided'
  return t.concur > 0 ? 'adopted' : 'undecided'
}

/** Majority: the quorum of answers first, then concurrences against the threshold (integers, no rounding). */
export function majorityOutcome(t: Tally, rule: MajorityRule): Outcome {
  const answered = t.addressees - t.unanswered
  if (answered < rule.quorum) return 'undecided'
  const base = rule.thresholdOf === 'addressees' ? t.addressees : t.concur + t.object
  if (base === 0 || t.concur === 0) return 'undecided'
  return t.concur * rule.thresholdDen >= rule.thresholdNum * base ? 'adopted' : 'rejected'
}

export function outcomeOf(procedure: Procedure, addressees: readonly string[], answers: LastAnswers, rule: MajorityRule | null): Outcome {
  const t = tally(addressees, answers)
  switch (procedure) {
    case 'silence':
      return silenceOutcome(t)
    case 'consensus':
      return consensusOutcome(t)
    case 'majority':
      if (!rule) throw new Error('a majority decision needs its quorum and threshold')
      return majorityOutcome(t, rule)
  }
}

/**
 * Consent that a procedure cannot outvote: widening a marking needs its originator's, disclosing a
 * correlation every holder's. Under silence, not breaking silence is consent (that is what the
 * procedure means); under consensus and majority only an explicit concurrence is.
 */
export function consentGiven(procedure: Procedure, holders: readonly string[], answers: LastAnswers): boolean {
  return holders.every((h) => {
    const a = answers.get(h)
    return procedure === 'silence' ? a !== 'break_silence' : a === 'concur'
  })
}

/** The outcome with the consent rule applied: an adopted text whose consent is missing is rejected. */
export function decide(procedure: Procedure, addressees: readonly string[], answers: LastAnswers, rule: MajorityRule | null, consentOf: readonly string[]): Outcome {
  const outcome = outcomeOf(procedure, addressees, answers, rule)
  return outcome === 'adopted' && !consentGiven(procedure, consentOf, answers) ? 'rejected' : outcome
}

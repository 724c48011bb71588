/** The inputs and views of joint decisions (TypeBox: validated on the way in, documented in OpenAPI). */
import { Type, type Static } from 'typebox'
import { Id, strict, StringEnum, Time } from '../../core/schema'
import { VocabString } from '../vocab'
import { ANSWER_KINDS, OUTCOMES, PROCEDURES } from './procedures'

export const DECISION_KINDS = ['consultation', 'attribution', 'collective_response', 'widen_marking', 'disclose_correlation', 'deploy_team', 'free_text'] as const
export type DecisionKind = (typeof DECISION_KINDS)[number]

export const SUBJECT_KINDS = ['none', 'incident', 'assistance_request', 'intel', 'correlation'] as const
export type SubjectKind = (typeof SUBJECT_KINDS)[number]

export const DECISION_STATES = ['open', 'silence_broken', 'decided', 'withdrawn'] as const
export type DecisionState = (typeof DECISION_STATES)[number]

/** The markings a proposal may carry: its addressees are organizations, so never RED. */
export const PROPOSAL_TLPS = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT'] as const

const Text = Type.String({ minLength: 1, maxLength: 20_000 })
const Reason = Type.String({ minLength: 1, maxLength: 4000 })
const OrgRef = Type.String({ minLength: 1, maxLength: 200, description: 'an organization, by id or by name' })

export const MajorityRuleInput = Type.Object(
  {
    quorum: Type.Integer({ minimum: 1, maximum: 1000, description: 'how many addressees must answer (abstentions count)' }),
    thresholdNum: Type.Integer({ minimum: 1, maximum: 1000 }),
    thresholdDen: Type.Integer({ minimum: 1, maximum: 1000 }),
    thresholdOf: Type.Optional(StringEnum(['addressees', 'cast'] as const, { description: 'share of every addressee (default) or of the votes cast (concur + object)' })),
  },
  { ...strict, description: 'majority: adopted when concurrences reach thresholdNum/thresholdDen of the base, once the quorum answered' },
)

export const WidenInput = Type.Object(
  {
    tlp: StringEnum(PROPOSAL_TLPS, { description: 'the level to widen to (a level more restrictive than the current one leaves it)' }),
    addOrgs: Type.Array(OrgRef, { maxItems: 100, uniqueItems: true, description: 'organizations added to the audience' }),
  },
  strict,
)
export type WidenInput = Static<typeof WidenInput>

export const DeploymentInput = Type.Object(
  {
    category: VocabString('capability-categories'),
    urgency: VocabString('urgencies'),
    needed: Type.Integer({ minimum: 1, maximum: 20 }),
    languages: Type.Array(VocabString('languages'), { maxItems: 20, uniqueItems: true }),
    delivery: StringEnum(['remote', 'on_site', 'either'] as const),
  },
  { ...strict, description: 'the request for help the adopted deployment drafts (its summary is the adopted text)' },
)
export type DeploymentInput = Static<typeof DeploymentInput>

export const ProposalInput = Type.Object(
  {
    kind: StringEnum(DECISION_KINDS),
    title: Type.String({ minLength: 1, maxLength: 200 }),
    text: Text,
    subjectKind: Type.Optional(StringEnum(SUBJECT_KINDS, { description: 'what the proposal is about (default none)' })),
    subjectIds: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 500, uniqueItems: true })),
    addressees: Type.Optional(Type.Array(OrgRef, { maxItems: 100, uniqueItems: true, description: 'nations or organizations asked; a disclosure is addressed to the correlation’s holders by the hub' })),
    tlp: Type.Optional(StringEnum(PROPOSAL_TLPS, { description: 'the proposal’s marking (default AMBER); its audience is always the addressees and the proposer' })),
    procedure: StringEnum(PROCEDURES),
    majority: Type.Optional(MajorityRuleInput),
    answersOpen: Type.Optional(Type.Boolean({ description: 'addressees see each other’s answers before the deadline (default true; a silence break is always seen)' })),
    deadline: Time,
    widen: Type.Optional(WidenInput),
    deployment: Type.Optional(DeploymentInput),
  },
  strict,
)
export type ProposalInput = Static<typeof ProposalInput>

export const AnswerInput = Type.Object(
  {
    answer: StringEnum(ANSWER_KINDS),
    reason: Type.Optional(Reason),
    amendedText: Type.Optional(Text),
    round: Type.Optional(Type.Integer({ minimum: 1, description: 'the round answered: refused when another round is open' })),
  },
  strict,
)
export type AnswerInput = Static<typeof AnswerInput>

export const ReissueInput = Type.Object({ text: Text, deadline: Time }, strict)
export type ReissueInput = Static<typeof ReissueInput>
export const WithdrawInput = Type.Object({ reason: Type.Optional(Reason) }, strict)
export type WithdrawInput = Static<typeof WithdrawInput>
export const DecisionListQuery = Type.Object(
  { state: Type.Optional(StringEnum(DECISION_STATES)), limit: Type.Integer({ minimum: 1, maximum: 1000, default: 100 }) },
  strict,
)
export type DecisionListQuery = Static<typeof DecisionListQuery>

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()])
const Named = Type.Object({ orgId: Id, name: Nullable(Type.String()) })

export const AnswerView = Type.Object({
  round: Type.Integer(),
  addressee: Id,
  addresseeName: Nullable(Type.String()),
  userId: Type.String(),
  userName: Nullable(Type.String()),
  answer: StringEnum(ANSWER_KINDS),
  reason: Nullable(Type.String()),
  amendedText: Nullable(Type.String()),
  at: Time,
})
export type AnswerView = Static<typeof AnswerView>

export const RoundView = Type.Object({
  round: Type.Integer(),
  text: Type.String(),
  deadlineAt: Time,
  issuedBy: Type.String(),
  issuedAt: Time,
  outcome: Nullable(StringEnum(OUTCOMES)),
  endedAt: Nullable(Time),
})
export type RoundView = Static<typeof RoundView>

export const EffectView = Type.Object({ kind: Type.String(), detail: Type.Record(Type.String(), Type.Unknown()), at: Time })
export type EffectView = Static<typeof EffectView>

export const TallyView = Type.Object({
  addressees: Type.Integer(),
  concur: Type.Integer(),
  object: Type.Integer(),
  abstain: Type.Integer(),
  breakSilence: Type.Integer(),
  unanswered: Type.Integer(),
})

/** A proposal and its record, as the caller may see it. */
export const DecisionView = Type.Object({
  id: Id,
  kind: StringEnum(DECISION_KINDS),
  title: Type.String(),
  text: Type.String({ description: 'the text of the current round' }),
  subjectKind: StringEnum(SUBJECT_KINDS),
  subjectIds: Type.Array(Type.String()),
  addressees: Type.Array(Named, { description: 'who is asked; for a disclosure not yet adopted, only the caller’s own organization' }),
  addresseesHidden: Type.Boolean({ description: 'true while a disclosure keeps its holders from each other' }),
  procedure: StringEnum(PROCEDURES),
  majority: Nullable(Type.Object({ quorum: Type.Integer(), thresholdNum: Type.Integer(), thresholdDen: Type.Integer(), thresholdOf: Type.String() })),
  answersOpen: Type.Boolean(),
  proposer: Nullable(Type.Object({ userId: Type.String(), orgId: Id, name: Nullable(Type.String()) })),
  state: StringEnum(DECISION_STATES),
  round: Type.Integer(),
  deadlineAt: Time,
  outcome: Nullable(StringEnum(OUTCOMES)),
  decidedAt: Nullable(Time),
  tally: Type.Union([TallyView, Type.Null()], { description: 'the current round’s count, once answers are open or the round ended' }),
  mayAnswer: Type.Boolean(),
  widen: Nullable(Type.Object({ tlp: Type.String(), addOrgs: Type.Array(Id) })),
  deployment: Nullable(Type.Record(Type.String(), Type.Unknown())),
  tlp: Type.String(),
  visibleTo: Type.String({ description: 'who can see this proposal, in words' }),
  exerciseId: Nullable(Type.String()),
  createdAt: Time,
  rounds: Type.Array(RoundView),
  answers: Type.Array(AnswerView, { description: 'every answer the caller may see, oldest first (the last of each addressee in a round counts)' }),
  effects: Type.Array(EffectView),
})
export type DecisionView = Static<typeof DecisionView>

import type { Kysely } from 'kysely'
import type { DialectHelpers } from '../db'

/**
 * Joint decisions: proposals (marked, in a world), their rounds (each text version with its
 * deadline), every answer ever given (the last of each addressee counts), and the effects an
 * adopted proposal applied. Lists and parameters are JSON text.
 */
export async function up(db: Kysely<unknown>, _d: DialectHelpers): Promise<void> {
  await db.schema
    .createTable('decision_proposal')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_ids', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('addressees', 'text', (c) => c.notNull())
    .addColumn('consent_of', 'text', (c) => c.notNull())
    .addColumn('params', 'text', (c) => c.notNull())
    .addColumn('procedure', 'text', (c) => c.notNull())
    .addColumn('majority_rule', 'text')
    .addColumn('answers_open', 'integer', (c) => c.notNull())
    .addColumn('proposer_user', 'text', (c) => c.notNull())
    .addColumn('proposer_org', 'text', (c) => c.notNull().references('org.id'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('deadline_at', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('marking_id', 'text', (c) => c.notNull().references('marking.id'))
    .addColumn('event_marking_id', 'text', (c) => c.notNull().references('marking.id'))
    .addColumn('exercise_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('decision_proposal_state_idx').on('decision_proposal').columns(['state', 'deadline_at']).execute()

  await db.schema
    .createTable('decision_round')
    .addColumn('proposal_id', 'text', (c) => c.notNull().references('decision_proposal.id'))
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('deadline_at', 'text', (c) => c.notNull())
    .addColumn('issued_by', 'text', (c) => c.notNull())
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text')
    .addColumn('ended_at', 'text')
    .addPrimaryKeyConstraint('decision_round_pk', ['proposal_id', 'round'])
    .execute()

  await db.schema
    .createTable('decision_answer')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('proposal_id', 'text', (c) => c.notNull().references('decision_proposal.id'))
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('addressee', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('answer', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('amended_text', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('decision_answer_idx').on('decision_answer').columns(['proposal_id', 'round', 'at']).execute()

  await db.schema
    .createTable('decision_effect')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('proposal_id', 'text', (c) => c.notNull().references('decision_proposal.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('detail', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('decision_effect_idx').on('decision_effect').columns(['proposal_id']).execute()
}

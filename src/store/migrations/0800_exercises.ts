import type { Kysely } from 'kysely'
import type { DialectHelpers } from '../db'

/**
 * Exercises: the exercise itself with its virtual clock (anchored: scenario time `anchor_scenario`
 * at wall time `anchor_wall`, moving `speed` times faster; a null `anchor_wall` is a stopped clock),
 * who takes part and who controls it, its injects (each released once, by a deadline of kind
 * `exercise.inject`), and the lessons participants write, searchable across exercises.
 */
export async function up(db: Kysely<unknown>, _d: DialectHelpers): Promise<void> {
  await db.schema
    .createTable('exercise')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('scenario', 'text', (c) => c.notNull())
    .addColumn('scenario_start', 'text', (c) => c.notNull())
    .addColumn('speed', 'double precision', (c) => c.notNull())
    .addColumn('anchor_scenario', 'text', (c) => c.notNull())
    .addColumn('anchor_wall', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text')
    .addColumn('ended_at', 'text')
    .execute()
  await db.schema
    .createTable('exercise_participant')
    .addColumn('exercise_id', 'text', (c) => c.notNull().references('exercise.id'))
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('simulated', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('exercise_participant_pk', ['exercise_id', 'org_id'])
    .execute()
  await db.schema
    .createTable('exercise_controller')
    .addColumn('exercise_id', 'text', (c) => c.notNull().references('exercise.id'))
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('exercise_controller_pk', ['exercise_id', 'user_id'])
    .execute()
  await db.schema
    .createTable('exercise_inject')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('exercise_id', 'text', (c) => c.notNull().references('exercise.id'))
    .addColumn('serial', 'text', (c) => c.notNull())
    .addColumn('offset_ms', 'double precision', (c) => c.notNull())
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('released_at', 'text')
    .addColumn('released_scenario', 'text')
    .addColumn('outcome', 'text')
    .addUniqueConstraint('exercise_inject_serial', ['exercise_id', 'serial'])
    .execute()
  await db.schema
    .createTable('exercise_lesson')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('exercise_id', 'text', (c) => c.notNull().references('exercise.id'))
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('exercise_lesson_exercise_idx').on('exercise_lesson').column('exercise_id').execute()
}

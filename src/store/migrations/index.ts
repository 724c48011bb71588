/**
 * Every migration, in order. One set serves SQLite and PostgreSQL: each is written with the
 * schema builder and asks `DialectHelpers` for the few shapes that differ.
 * Numbering leaves room per capability: 00xx foundation, 01xx assistance, 02xx intel, 03xx live and
 * worlds, 04xx TAXII and feeds, 05xx sign-in, 06xx notifications, 07xx decisions, 08xx exercises, 09xx speed.
 */
import type { Kysely } from 'kysely'
import type { DialectHelpers } from '../db'
import * as m0001 from './0001_foundation'
import * as m0002 from './0002_outbox'
import * as m0100 from './0100_assistance'
import * as m0200 from './0200_intel'
import * as m0250 from './0250_intel_sightings'
import * as m0300 from './0300_exercise_scope'
import * as m0320 from './0320_capability_audience'
import * as m0330 from './0330_assistance_recipient_rating'
import * as m0340 from './0340_incident_list_order'
import * as m0400 from './0400_taxii'
import * as m0410 from './0410_intel_feeds'
import * as m0500 from './0500_signin'
import * as m0510 from './0510_passkeys_sso'
import * as m0600 from './0600_notify'
import * as m0620 from './0620_nis2_stage_deadlines'
import * as m0700 from './0700_decisions'
import * as m0800 from './0800_exercises'
import * as m0900 from './0900_posting_summary'

export type MigrationUp = (db: Kysely<unknown>, d: DialectHelpers) => Promise<void>

export const MIGRATIONS: Record<string, MigrationUp> = {
  '0001_foundation': m0001.up,
  '0002_outbox': m0002.up,
  '0100_assistance': m0100.up,
  '0200_intel': m0200.up,
  '0250_intel_sightings': m0250.up,
  '0300_exercise_scope': m0300.up,
  '0320_capability_audience': m0320.up,
  '0330_assistance_recipient_rating': m0330.up,
  '0340_incident_list_order': m0340.up,
  '0400_taxii': m0400.up,
  '0410_intel_feeds': m0410.up,
  '0500_signin': m0500.up,
  '0510_passkeys_sso': m0510.up,
  '0600_notify': m0600.up,
  '0620_nis2_stage_deadlines': m0620.up,
  '0700_decisions': m0700.up,
  '0800_exercises': m0800.up,
  '0900_posting_summary': m0900.up,
}

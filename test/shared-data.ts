/**
 * Real test data (OASIS STIX examples and schemas, MITRE ATT&CK, MISP events) lives outside the
 * repository, in `../shared/data` beside it (SHIELDWALL_SHARED_DATA overrides), and is never
 * copied in. The suites that read it are skipped when it is absent (`describe.skipIf(NO_SHARED_DATA)`),
 * and test/shared-data.setup.ts says so in one line, so `npm test` passes on a fresh clone.
 */
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '..')

export const SHARED_DATA = resolve(ROOT, process.env.SHIELDWALL_SHARED_DATA || join('..', 'shared', 'data'))

/** The folders the suites read; all of them must be there. */
const NEEDED = ['stix2.1-examples', 'stix2.1-json-schemas', 'attack', 'misp']

export const MISSING_SHARED_DATA: string[] = NEEDED.filter((d) => !existsSync(join(SHARED_DATA, d)))

export const NO_SHARED_DATA = MISSING_SHARED_DATA.length > 0

export const sharedDataNotice = (): string =>
  `real test data missing (${MISSING_SHARED_DATA.join(', ')} under ${SHARED_DATA}): the suites that read it are skipped; ` +
  'put it in ../shared/data beside the repository or set SHIELDWALL_SHARED_DATA'

/** Vitest global setup: one line, once per run, when the real test data is absent. */
import { NO_SHARED_DATA, sharedDataNotice } from './shared-data'

export default function setup(): void {
  if (NO_SHARED_DATA) console.log(`shieldwall tests: ${sharedDataNotice()}`)
}

/**
 * Property-test run counts from one setting: a small share for a developer's quick loop by
 * default, the full counts where CI asks for them (`PROPERTY_RUNS=full`, set by `.ci/run`).
 */
export const FULL_PROPERTY_RUNS = process.env.PROPERTY_RUNS === 'full'

export function propertyRuns(full: number): number {
  return FULL_PROPERTY_RUNS ? full : Math.max(10, Math.ceil(full / 20))
}

/**
 * Severity.
 *
 * Source: US National Cyber Incident Scoring System (NCISS), CISA, levels 0–5 with their names
 * and the colours of the Cyber Incident Severity Schema.
 */
export const NCISS_LEVELS = [
  { level: 0, name: 'Baseline', colour: 'white' },
  { level: 1, name: 'Low', colour: 'green' },
  { level: 2, name: 'Medium', colour: 'yellow' },
  { level: 3, name: 'High', colour: 'orange' },
  { level: 4, name: 'Severe', colour: 'red' },
  { level: 5, name: 'Emergency', colour: 'black' },
] as const

export type SeverityLevel = (typeof NCISS_LEVELS)[number]['level']
export type SeverityName = (typeof NCISS_LEVELS)[number]['name']

export const isSeverityLevel = (x: unknown): x is SeverityLevel =>
  typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 5

export const severityOf = (level: SeverityLevel) => NCISS_LEVELS[level]

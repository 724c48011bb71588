import type { RequestBody } from '../src/client/hub-client'

type NewIncident = RequestBody<'/api/v1/incidents', 'post'>

/** The body of a report of a wiper at an electricity operator, for tests that need an incident. */
export const wiperIncident = (overrides: Partial<NewIncident> = {}): NewIncident => ({
  title: 'Wiper at substation 7',
  summary: 'Operator lost SCADA',
  sectors: ['energy-electricity'],
  rsitClass: 'malicious-code',
  rsitType: 'infected-system',
  severity: 4,
  malicious: true,
  crossBorder: false,
  attackIds: ['T1485'],
  tlp: 'AMBER',
  ...overrides,
})

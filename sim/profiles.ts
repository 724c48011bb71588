/**
 * The twenty nations of the bundled scenario, each played by a simulated nation with its profile:
 * what it lends, how fast it answers, how often it accepts, declines or breaks silence, and how
 * good what it delivers is. Varied on purpose, so that the report has differences to show.
 */
import type { CapabilityDecl, NationProfile } from './nation-bot'

export const ALLIED_SHIELD_NATIONS: Record<string, string> = {
  EE: 'Estonia', LV: 'Latvia', LT: 'Lithuania', PL: 'Poland', FI: 'Finland', SE: 'Sweden', NO: 'Norway', DK: 'Denmark', DE: 'Germany', NL: 'Netherlands',
  BE: 'Belgium', FR: 'France', GB: 'United Kingdom', US: 'United States', CA: 'Canada', IT: 'Italy', ES: 'Spain', PT: 'Portugal', CZ: 'Czechia', RO: 'Romania',
}

const cap = (category: string, capacity: number, responseHours: number, sectors: string[]): CapabilityDecl => ({ category, capacity, responseHours, sectors })

const LENDS: Record<string, CapabilityDecl[]> = {
  DE: [cap('malware-analysis', 2, 2, ['energy-electricity']), cap('ics-ot', 1, 4, ['energy-electricity'])],
  FR: [cap('malware-analysis', 2, 4, ['public-administration'])],
  NL: [cap('malware-analysis', 1, 2, ['digital-infrastructure']), cap('threat-intelligence', 2, 1, [])],
  FI: [cap('malware-analysis', 1, 1, ['energy-electricity']), cap('ics-ot', 2, 2, ['energy-electricity'])],
  US: [cap('malware-analysis', 3, 1, []), cap('threat-intelligence', 3, 1, []), cap('digital-forensics', 2, 2, [])],
  GB: [cap('digital-forensics', 2, 2, ['digital-infrastructure']), cap('threat-intelligence', 2, 2, [])],
  DK: [cap('digital-forensics', 1, 4, ['digital-infrastructure'])],
  CZ: [cap('digital-forensics', 1, 4, []), cap('incident-response', 1, 4, ['public-administration'])],
  PL: [cap('incident-response', 2, 2, ['public-administration'])],
  SE: [cap('incident-response', 1, 2, ['digital-infrastructure'])],
  CA: [cap('incident-response', 2, 4, []), cap('threat-intelligence', 1, 4, [])],
  IT: [cap('incident-response', 1, 6, ['public-administration'])],
  ES: [cap('threat-intelligence', 1, 4, [])],
  RO: [cap('ics-ot', 1, 6, ['energy-electricity'])],
  BE: [cap('crisis-communication', 1, 4, [])],
  PT: [cap('crisis-communication', 1, 6, [])],
}

/** A profile by temperament: quick and reliable, average, or slow and reluctant. */
function profileOf(code: string, i: number): NationProfile {
  const kind = i % 3
  return {
    capabilities: LENDS[code] ?? [],
    answerDelay: { medianMinutes: [10, 20, 40][kind]!, spread: 0.5 },
    accept: [0.85, 0.7, 0.5][kind]!,
    decline: [0.1, 0.2, 0.3][kind]!,
    breakSilence: [0.02, 0.05, 0.1][kind]!,
    deliveryDelay: { medianMinutes: [60, 120, 180][kind]!, spread: 0.4 },
    quality: [0.9, 0.7, 0.5][kind]!,
  }
}

export const ALLIED_SHIELD_PROFILES: Record<string, NationProfile> = Object.fromEntries(Object.keys(ALLIED_SHIELD_NATIONS).map((code, i) => [code, profileOf(code, i)]))

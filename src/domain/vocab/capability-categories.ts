/**
 * Capability categories: what a member lends.
 *
 * Source: FIRST CSIRT Services Framework, version 2.1 (FIRST.org, 2019), its five service areas and
 * their services. Ids are the service titles in kebab-case, so they stay stable and readable.
 * The hub adds a few categories people actually ask for ("malware analysis", "threat hunting" …),
 * each mapped to the FIRST service it is a specialisation of, and three the framework has no
 * service for as such (ICS/OT, crisis communication, legal/policy), mapped to the nearest one.
 */
export const FIRST_SERVICE_AREAS = [
  { id: 'information-security-event-management', name: 'Information Security Event Management' },
  { id: 'information-security-incident-management', name: 'Information Security Incident Management' },
  { id: 'vulnerability-management', name: 'Vulnerability Management' },
  { id: 'situational-awareness', name: 'Situational Awareness' },
  { id: 'knowledge-transfer', name: 'Knowledge Transfer' },
] as const
export type FirstServiceArea = (typeof FIRST_SERVICE_AREAS)[number]['id']

export const FIRST_SERVICES = [
  { id: 'monitoring-and-detection', area: 'information-security-event-management', name: 'Monitoring and detection' },
  { id: 'event-analysis', area: 'information-security-event-management', name: 'Event analysis' },
  { id: 'incident-report-acceptance', area: 'information-security-incident-management', name: 'Information security incident report acceptance' },
  { id: 'incident-analysis', area: 'information-security-incident-management', name: 'Information security incident analysis' },
  { id: 'artifact-and-forensic-evidence-analysis', area: 'information-security-incident-management', name: 'Artifact and forensic evidence analysis' },
  { id: 'mitigation-and-recovery', area: 'information-security-incident-management', name: 'Mitigation and recovery' },
  { id: 'incident-coordination', area: 'information-security-incident-management', name: 'Information security incident coordination' },
  { id: 'crisis-management-support', area: 'information-security-incident-management', name: 'Crisis management support' },
  { id: 'vulnerability-discovery-research', area: 'vulnerability-management', name: 'Vulnerability discovery/research' },
  { id: 'vulnerability-report-intake', area: 'vulnerability-management', name: 'Vulnerability report intake' },
  { id: 'vulnerability-analysis', area: 'vulnerability-management', name: 'Vulnerability analysis' },
  { id: 'vulnerability-coordination', area: 'vulnerability-management', name: 'Vulnerability coordination' },
  { id: 'vulnerability-disclosure', area: 'vulnerability-management', name: 'Vulnerability disclosure' },
  { id: 'vulnerability-response', area: 'vulnerability-management', name: 'Vulnerability response' },
  { id: 'data-acquisition', area: 'situational-awareness', name: 'Data acquisition' },
  { id: 'analysis-and-synthesis', area: 'situational-awareness', name: 'Analysis and synthesis' },
  { id: 'communication', area: 'situational-awareness', name: 'Communication' },
  { id: 'awareness-building', area: 'knowledge-transfer', name: 'Awareness building' },
  { id: 'training-and-education', area: 'knowledge-transfer', name: 'Training and education' },
  { id: 'exercises', area: 'knowledge-transfer', name: 'Exercises' },
  { id: 'technical-and-policy-advisory', area: 'knowledge-transfer', name: 'Technical and policy advisory' },
] as const satisfies readonly { id: string; area: FirstServiceArea; name: string }[]
export type FirstService = (typeof FIRST_SERVICES)[number]['id']

/** The categories the hub offers in its forms, each pointing at the FIRST service it refines. */
export const HUB_CATEGORIES = [
  { id: 'malware-analysis', name: 'Malware analysis', firstService: 'artifact-and-forensic-evidence-analysis' },
  { id: 'digital-forensics', name: 'Digital forensics', firstService: 'artifact-and-forensic-evidence-analysis' },
  { id: 'threat-intelligence', name: 'Cyber threat intelligence', firstService: 'analysis-and-synthesis' },
  { id: 'incident-response', name: 'Incident response', firstService: 'mitigation-and-recovery' },
  { id: 'vulnerability-assessment', name: 'Vulnerability assessment', firstService: 'vulnerability-analysis' },
  { id: 'threat-hunting', name: 'Threat hunting', firstService: 'monitoring-and-detection' },
  // The framework is sector-neutral: ICS/OT work is incident analysis done by people who know the plant.
  { id: 'ics-ot', name: 'ICS/OT incident support', firstService: 'incident-analysis' },
  { id: 'crisis-communication', name: 'Crisis communication', firstService: 'crisis-management-support' },
  { id: 'legal-policy', name: 'Legal and policy advice', firstService: 'technical-and-policy-advisory' },
] as const satisfies readonly { id: string; name: string; firstService: FirstService }[]
export type HubCategory = (typeof HUB_CATEGORIES)[number]['id']

export type CapabilityCategory = HubCategory | FirstService

export const CAPABILITY_CATEGORIES: readonly CapabilityCategory[] = [
  ...HUB_CATEGORIES.map((c) => c.id),
  ...FIRST_SERVICES.map((s) => s.id),
]

const CATEGORY_SET: ReadonlySet<string> = new Set(CAPABILITY_CATEGORIES)
const SERVICE_OF_HUB: ReadonlyMap<string, FirstService> = new Map(HUB_CATEGORIES.map((c) => [c.id, c.firstService]))

export const isCapabilityCategory = (x: unknown): x is CapabilityCategory => typeof x === 'string' && CATEGORY_SET.has(x)

/** The FIRST service a category is, or refines. */
export const firstServiceOf = (category: CapabilityCategory): FirstService =>
  SERVICE_OF_HUB.get(category) ?? (category as FirstService)

export const firstAreaOf = (category: CapabilityCategory): FirstServiceArea => {
  const service = firstServiceOf(category)
  return FIRST_SERVICES.find((s) => s.id === service)!.area
}

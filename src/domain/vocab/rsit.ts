/**
 * Incident classification.
 *
 * Source: ENISA / TF-CSIRT Reference Security Incident Classification Taxonomy (RSIT), machine-tag
 * form as published by the RSIT working group (github.com/enisaeu/Reference-Security-Incident-Taxonomy-Task-Force,
 * working_copy/machinev1) and carried by MISP as the `rsit` namespace. Ids are the machine tags:
 * class = predicate, type = value, written `class:type`. The later additions of the working group
 * (system-compromise, data-leak, undetermined) are included.
 */
export const RSIT = {
  'abusive-content': ['spam', 'harmful-speech', 'violence'],
  'malicious-code': ['infected-system', 'c2-server', 'malware-distribution', 'malware-configuration'],
  'information-gathering': ['scanner', 'sniffing', 'social-engineering'],
  'intrusion-attempts': ['ids-alert', 'brute-force', 'exploit'],
  intrusions: [
    'privileged-account-compromise',
    'unprivileged-account-compromise',
    'application-compromise',
    'system-compromise',
    'burglary',
  ],
  availability: ['dos', 'ddos', 'misconfiguration', 'sabotage', 'outage'],
  'information-content-security': [
    'unauthorised-information-access',
    'unauthorised-information-modification',
    'data-loss',
    'data-leak',
  ],
  fraud: ['unauthorized-use-of-resources', 'copyright', 'masquerade', 'phishing'],
  vulnerable: [
    'weak-crypto',
    'ddos-amplifier',
    'potentially-unwanted-accessible',
    'information-disclosure',
    'vulnerable-system',
  ],
  other: ['other', 'undetermined'],
  test: ['test'],
} as const

export type RsitClass = keyof typeof RSIT
export type RsitType<C extends RsitClass = RsitClass> = (typeof RSIT)[C][number]

export const RSIT_CLASSES = Object.keys(RSIT) as RsitClass[]

/** Every `class:type` machine tag, in taxonomy order. */
export const RSIT_TAGS: readonly string[] = RSIT_CLASSES.flatMap((c) => RSIT[c].map((t) => `${c}:${t}`))
const TAG_SET: ReadonlySet<string> = new Set(RSIT_TAGS)

export const isRsitClass = (x: unknown): x is RsitClass => typeof x === 'string' && Object.hasOwn(RSIT, x)

export const isRsitType = (cls: RsitClass, type: unknown): boolean =>
  typeof type === 'string' && (RSIT[cls] as readonly string[]).includes(type)

export const isRsitTag = (x: unknown): boolean => typeof x === 'string' && TAG_SET.has(x)

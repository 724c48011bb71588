import { describe, it, expect } from 'vitest'
import {
  CAPABILITY_CATEGORIES,
  FIRST_SERVICES,
  FIRST_SERVICE_AREAS,
  HUB_CATEGORIES,
  firstAreaOf,
  firstServiceOf,
  isCapabilityCategory,
} from './capability-categories'
import { SECTORS, isSector, parentSector } from './sectors'
import { RSIT_CLASSES, RSIT_TAGS, isRsitClass, isRsitTag, isRsitType } from './rsit'
import { NCISS_LEVELS, isSeverityLevel, severityOf } from './nciss'
import { LANGUAGE_CODES, LANGUAGES, isLanguageCode } from './languages'
import { URGENCY_LEVELS, answerWindowHours, isUrgency, targetResponseHours } from './urgency'

const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/

describe('capability categories', () => {
  it('has the five FIRST service areas, each with at least two services', () => {
    expect(FIRST_SERVICE_AREAS).toHaveLength(5)
    for (const area of FIRST_SERVICE_AREAS) {
      expect(FIRST_SERVICES.filter((s) => s.area === area.id).length).toBeGreaterThanOrEqual(2)
    }
  })
  it('gives the incident management area its six services', () => {
    expect(FIRST_SERVICES.filter((s) => s.area === 'information-security-incident-management').map((s) => s.id)).toEqual([
      'incident-report-acceptance',
      'incident-analysis',
      'artifact-and-forensic-evidence-analysis',
      'mitigation-and-recovery',
      'incident-coordination',
      'crisis-management-support',
    ])
  })
  it('uses unique kebab-case ids', () => {
    expect(new Set(CAPABILITY_CATEGORIES).size).toBe(CAPABILITY_CATEGORIES.length)
    for (const id of CAPABILITY_CATEGORIES) expect(id).toMatch(kebab)
  })
  it('maps every hub category to a FIRST service and area', () => {
    for (const c of HUB_CATEGORIES) {
      expect(FIRST_SERVICES.some((s) => s.id === firstServiceOf(c.id))).toBe(true)
    }
    expect(firstServiceOf('malware-analysis')).toBe('artifact-and-forensic-evidence-analysis')
    expect(firstServiceOf('event-analysis')).toBe('event-analysis')
    expect(firstAreaOf('threat-intelligence')).toBe('situational-awareness')
  })
  it('recognises categories and nothing else', () => {
    expect(isCapabilityCategory('ics-ot')).toBe(true)
    expect(isCapabilityCategory('legal-policy')).toBe(true)
    expect(isCapabilityCategory('crisis-communication')).toBe(true)
    expect(isCapabilityCategory('Malware-Analysis')).toBe(false)
    expect(isCapabilityCategory('toString')).toBe(false)
    expect(isCapabilityCategory(3)).toBe(false)
  })
})

describe('sectors', () => {
  it('covers NIS2 Annex I (11 sectors) and Annex II (7 sectors) plus defence', () => {
    const top = SECTORS.filter((s) => s.parent === null)
    expect(top.filter((s) => s.annex === 'I')).toHaveLength(11)
    expect(top.filter((s) => s.annex === 'II')).toHaveLength(7)
    expect(isSector('defence')).toBe(true)
  })
  it('links subsectors to their sector', () => {
    expect(SECTORS.filter((s) => s.parent === 'energy')).toHaveLength(5)
    expect(SECTORS.filter((s) => s.parent === 'transport')).toHaveLength(4)
    expect(SECTORS.filter((s) => s.parent === 'manufacturing')).toHaveLength(6)
    expect(parentSector('energy-hydrogen')).toBe('energy')
    expect(parentSector('banking')).toBeNull()
    for (const s of SECTORS) {
      expect(s.id).toMatch(kebab)
      if (s.parent !== null) expect(isSector(s.parent)).toBe(true)
    }
    expect(isSector('constructor')).toBe(false)
  })
})

describe('RSIT', () => {
  it('has the eleven classes as machine tags', () => {
    expect(RSIT_CLASSES).toEqual([
      'abusive-content', 'malicious-code', 'information-gathering', 'intrusion-attempts', 'intrusions',
      'availability', 'information-content-security', 'fraud', 'vulnerable', 'other', 'test',
    ])
  })
  it('recognises class:type tags and rejects crossed pairs', () => {
    expect(isRsitTag('abusive-content:spam')).toBe(true)
    expect(isRsitTag('availability:ddos')).toBe(true)
    expect(isRsitTag('availability:spam')).toBe(false)
    expect(isRsitClass('fraud')).toBe(true)
    expect(isRsitClass('hasOwnProperty')).toBe(false)
    expect(isRsitType('fraud', 'phishing')).toBe(true)
    expect(isRsitType('fraud', 'ddos')).toBe(false)
    expect(new Set(RSIT_TAGS).size).toBe(RSIT_TAGS.length)
  })
})

describe('NCISS severity', () => {
  it('names and colours levels 0 to 5', () => {
    expect(NCISS_LEVELS.map((l) => `${l.level} ${l.name} ${l.colour}`)).toEqual([
      '0 Baseline white', '1 Low green', '2 Medium yellow', '3 High orange', '4 Severe red', '5 Emergency black',
    ])
    expect(severityOf(4).name).toBe('Severe')
    expect(isSeverityLevel(5)).toBe(true)
    expect(isSeverityLevel(6)).toBe(false)
    expect(isSeverityLevel(2.5)).toBe(false)
  })
})

describe('ISO 639-1 languages', () => {
  it('lists 184 two-letter codes, each one ICU knows by a name', () => {
    expect(LANGUAGE_CODES).toHaveLength(184)
    const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' })
    for (const code of LANGUAGE_CODES) {
      expect(code).toMatch(/^[a-z]{2}$/)
      expect(names.of(code), code).toBeTruthy()
    }
    expect(LANGUAGES.et).toBe('Estonian')
  })
  it('recognises codes and nothing else', () => {
    expect(isLanguageCode('lt')).toBe(true)
    expect(isLanguageCode('LT')).toBe(false)
    expect(isLanguageCode('eng')).toBe(false)
    expect(isLanguageCode('xx')).toBe(false)
  })
})

describe('urgency', () => {
  it('gives shorter windows and targets to more urgent requests', () => {
    const windows = URGENCY_LEVELS.map((u) => answerWindowHours(u.id))
    const targets = URGENCY_LEVELS.map((u) => targetResponseHours(u.id))
    expect(windows).toEqual([1, 4, 12, 48])
    expect([...targets].sort((a, b) => a - b)).toEqual(targets)
    for (const u of URGENCY_LEVELS) expect(u.targetResponseHours).toBeGreaterThan(u.answerWindowHours)
    expect(isUrgency('critical')).toBe(true)
    expect(isUrgency('urgent')).toBe(false)
  })
})

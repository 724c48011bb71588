import { unprocessable } from '../../core/errors'
import { isRsitClass, isRsitType, rsitTypesOf, unknownValue, type RsitClass } from '../vocab'
import { isSector } from '../vocab'

/** MITRE ATT&CK technique or sub-technique id. */
export const ATTACK_ID = /^T\d{4}(\.\d{3})?$/
/** A STIX 2.1 identifier: type--UUID. */
export const STIX_ID = /^[a-z][a-z0-9-]*--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

export interface IncidentVocabulary {
  sectors?: readonly string[]
  rsitClass?: string
  rsitType?: string
  attackIds?: readonly string[]
  intelIds?: readonly string[]
}

/** Sectors, RSIT and ATT&CK ids from their vocabularies; a bad value gets a 422 naming the field. */
export function validateIncidentVocabulary(v: IncidentVocabulary): void {
  v.sectors?.forEach((s, i) => {
    if (!isSector(s)) throw unknownValue('unknown_sector', 'nis2-sectors', s, 'a NIS2 sector (Annex I or II) or defence', `/sectors/${i}`)
  })
  if (v.rsitClass !== undefined && !isRsitClass(v.rsitClass)) throw unknownValue('unknown_rsit_class', 'rsit-classes', v.rsitClass, 'an ENISA RSIT class', '/rsitClass')
  if (v.rsitClass !== undefined && v.rsitType !== undefined && !isRsitType(v.rsitClass as RsitClass, v.rsitType))
    throw unknownValue('unknown_rsit_type', 'rsit-types', v.rsitType, `an RSIT type of class ${v.rsitClass}`, '/rsitType', rsitTypesOf(v.rsitClass as RsitClass))
  v.attackIds?.forEach((id, i) => {
    if (!ATTACK_ID.test(id)) throw unprocessable('bad_attack_id', `"${id}" is not an ATT&CK technique id (T1234 or T1234.001)`, `/attackIds/${i}`)
  })
  v.intelIds?.forEach((id, i) => {
    if (!STIX_ID.test(id)) throw unprocessable('bad_intel_id', `"${id}" is not a STIX identifier (type--uuid)`, `/intelIds/${i}`)
  })
}

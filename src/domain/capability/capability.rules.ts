import { unprocessable } from '../../core/errors'
import { isCapabilityCategory } from '../vocab'
import { isLanguageCode } from '../vocab'
import { isSector, unknownValue } from '../vocab'
import type { CapabilityInput } from './capability.schema'
import { validateWorkingHours } from './working-hours'

/** Checks the vocabularies of a capability; a bad value gets a 422 naming its field. */
export function validateCapabilityInput(input: CapabilityInput): void {
  if (!isCapabilityCategory(input.category))
    throw unknownValue('unknown_category', 'capability-categories', input.category, 'a capability category (FIRST CSIRT Services Framework 2.1 or hub category)', '/category')
  input.languages.forEach((l, i) => {
    if (!isLanguageCode(l)) throw unknownValue('unknown_language', 'languages', l, 'an ISO 639-1 language code', `/languages/${i}`)
  })
  input.sectors.forEach((s, i) => {
    if (!isSector(s)) throw unknownValue('unknown_sector', 'nis2-sectors', s, 'a NIS2 sector (Annex I or II) or defence', `/sectors/${i}`)
  })
  validateWorkingHours(input.workingHours, '/workingHours')
  const only = input.serves?.only ?? []
  const never = input.serves?.never ?? []
  const both = only.find((c) => never.includes(c))
  if (both !== undefined) throw unprocessable('contradictory_serves', `${both} is both served only and never served`, '/serves/never')
}

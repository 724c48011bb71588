/**
 * Sectors of critical infrastructure.
 *
 * Source: Directive (EU) 2022/2555 (NIS2), Annex I "Sectors of high criticality" and Annex II
 * "Other critical sectors", with their subsectors; plus `defence`, which NIS2 leaves out
 * (Art. 2(7)) but which allies need. A subsector carries its parent sector's id.
 */
export interface SectorEntry {
  id: string
  name: string
  annex: 'I' | 'II' | null
  parent: string | null
}

const sector = (id: string, name: string, annex: 'I' | 'II' | null) => ({ id, name, annex, parent: null })
const sub = (parent: string, id: string, name: string, annex: 'I' | 'II') => ({ id, name, annex, parent })

export const SECTORS = [
  sector('energy', 'Energy', 'I'),
  sub('energy', 'energy-electricity', 'Electricity', 'I'),
  sub('energy', 'energy-district-heating-cooling', 'District heating and cooling', 'I'),
  sub('energy', 'energy-oil', 'Oil', 'I'),
  sub('energy', 'energy-gas', 'Gas', 'I'),
  sub('energy', 'energy-hydrogen', 'Hydrogen', 'I'),
  sector('transport', 'Transport', 'I'),
  sub('transport', 'transport-air', 'Air', 'I'),
  sub('transport', 'transport-rail', 'Rail', 'I'),
  sub('transport', 'transport-water', 'Water', 'I'),
  sub('transport', 'transport-road', 'Road', 'I'),
  sector('banking', 'Banking', 'I'),
  sector('financial-market-infrastructures', 'Financial market infrastructures', 'I'),
  sector('health', 'Health', 'I'),
  sector('drinking-water', 'Drinking water', 'I'),
  sector('waste-water', 'Waste water', 'I'),
  sector('digital-infrastructure', 'Digital infrastructure', 'I'),
  sector('ict-service-management', 'ICT service management (business-to-business)', 'I'),
  sector('public-administration', 'Public administration', 'I'),
  sector('space', 'Space', 'I'),
  sector('postal-courier', 'Postal and courier services', 'II'),
  sector('waste-management', 'Waste management', 'II'),
  sector('chemicals', 'Manufacture, production and distribution of chemicals', 'II'),
  sector('food', 'Production, processing and distribution of food', 'II'),
  sector('manufacturing', 'Manufacturing', 'II'),
  sub('manufacturing', 'manufacturing-medical-devices', 'Medical devices and in vitro diagnostic medical devices', 'II'),
  sub('manufacturing', 'manufacturing-computer-electronic-optical', 'Computer, electronic and optical products', 'II'),
  sub('manufacturing', 'manufacturing-electrical-equipment', 'Electrical equipment', 'II'),
  sub('manufacturing', 'manufacturing-machinery', 'Machinery and equipment n.e.c.', 'II'),
  sub('manufacturing', 'manufacturing-motor-vehicles', 'Motor vehicles, trailers and semi-trailers', 'II'),
  sub('manufacturing', 'manufacturing-other-transport', 'Other transport equipment', 'II'),
  sector('digital-providers', 'Digital providers', 'II'),
  sector('research', 'Research', 'II'),
  sector('defence', 'Defence', null),
] as const satisfies readonly SectorEntry[]

export type Sector = (typeof SECTORS)[number]['id']

const BY_ID: ReadonlyMap<string, SectorEntry> = new Map(SECTORS.map((s) => [s.id, s]))

export const isSector = (x: unknown): x is Sector => typeof x === 'string' && BY_ID.has(x)

/** The sector a subsector belongs to, or null for a top-level sector. */
export const parentSector = (id: Sector): Sector | null => (BY_ID.get(id)?.parent ?? null) as Sector | null

/** Generated STIX bundles for tests and benchmarks, written to a file as a stream. */
import { createWriteStream } from 'node:fs'
import { once } from 'node:events'

/** The i-th generated indicator: an IPv4 address, a domain or a SHA-256, in turn, all distinct. */
export function generatedIndicator(i: number, modified = '2026-01-01T00:00:00.000Z'): Record<string, unknown> {
  const hex = i.toString(16).padStart(12, '0')
  const pattern =
    i % 3 === 0
      ? `[ipv4-addr:value = '${10 + ((i >>> 24) & 63)}.${(i >>> 16) & 255}.${(i >>> 8) & 255}.${i & 255}']`
      : i % 3 === 1
        ? `[domain-name:value = 'h${hex}.example.net']`
        : `[file:hashes.'SHA-256' = '${hex.padStart(64, 'a')}']`
  return {
    type: 'indicator', spec_version: '2.1', id: `indicator--7e1d0000-0000-4000-8000-${hex}`, created: '2026-01-01T00:00:00.000Z', modified,
    name: `generated ${i}`, pattern, pattern_type: 'stix', valid_from: '2026-01-01T00:00:00Z', indicator_types: ['malicious-activity'],
  }
}

export async function writeIndicatorBundle(path: string, count: number): Promise<void> {
  const out = createWriteStream(path)
  out.write('{"type":"bundle","id":"bundle--7e1d0000-0000-4000-8000-000000000000","objects":[\n')
  for (let i = 0; i < count; i++) {
    if (!out.write(`${i === 0 ? '' : ',\n'}${JSON.stringify(generatedIndicator(i))}`)) await once(out, 'drain')
  }
  out.end('\n]}\n')
  await once(out, 'finish')
}

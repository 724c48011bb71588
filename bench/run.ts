/**
 * `npm run bench [name…]`: runs every bench/*.bench.ts (or those whose file name contains one of
 * the given names). Each file's default export prints its own figures, always with a ratio to a
 * raw baseline measured in the same run: the machine is shared and noisy, so only ratios compare.
 */
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const wanted = process.argv.slice(2)
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort()

for (const file of files) {
  console.log(`\n== ${file.replace('.bench.ts', '')} ==`)
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { default: () => Promise<void> }
  await mod.default()
}

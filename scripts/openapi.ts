/** `npm run openapi`: rewrites openapi.json and src/client/schema.ts from the routes as they are now. */
import { writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { generateArtefacts } from './openapi-artefacts'

const repoRoot = fileURLToPath(new URL('..', import.meta.url))

for (const [file, text] of Object.entries(await generateArtefacts())) {
  await writeFile(`${repoRoot}${file}`, text)
  console.log(`wrote ${file} (${text.length} bytes)`)
}

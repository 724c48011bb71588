/** `npm run docs:roles`: writes the README's role table from the permission tables. */
import { readFileSync, writeFileSync } from 'node:fs'
import { withRolesTable } from '../src/domain/roles-table'

const path = new URL('../README.md', import.meta.url)
const before = readFileSync(path, 'utf8')
const after = withRolesTable(before)
if (after !== before) writeFileSync(path, after)
process.stdout.write(after === before ? 'README.md: role table already up to date\n' : 'README.md: role table rewritten\n')

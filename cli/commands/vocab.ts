import type { Command } from 'commander'
import { findVocabulary, VOCABULARIES, type VocabEntry } from '../../src/domain/vocab'
import { CliUsageError, printRows, type CliIo } from '../io'
import { wantsJson } from './members'

const detail = (e: VocabEntry): string =>
  Object.entries(e)
    .filter(([k, v]) => k !== 'id' && k !== 'label' && v !== null && v !== undefined)
    .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(',') : String(v)}`)
    .join(' ')

/** `shieldwall vocab [name]`: the allowed values of the API's fields, with labels and sources (no database needed). */
export function registerVocabCommand(program: Command, io: CliIo): void {
  program
    .command('vocab [name]')
    .description('allowed values: capability categories, NIS2 sectors, RSIT classes and types, NCISS levels, languages, urgencies')
    .action((name: string | undefined, _o: unknown, cmd: Command) => {
      const json = wantsJson(cmd)
      if (name === undefined) {
        if (json) return io.out(JSON.stringify(VOCABULARIES, null, 2))
        printRows(io, false, VOCABULARIES.map((v) => ({ name: v.name, label: v.label, values: v.values.length, source: v.source })), ['name', 'label', 'values', 'source'])
        return
      }
      const v = findVocabulary(name)
      if (!v) throw new CliUsageError(`no vocabulary "${name}"; there are: ${VOCABULARIES.map((x) => x.name).join(', ')}`)
      if (json) return io.out(JSON.stringify(v, null, 2))
      io.out(`${v.label} (${v.name}). Source: ${v.source}`)
      printRows(io, false, v.values.map((e) => ({ id: e.id, label: e.label, detail: detail(e) })), ['id', 'label', 'detail'])
    })
}

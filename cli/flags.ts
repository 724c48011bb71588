/**
 * The domain names fields as the API does (`/parentId`); a CLI user typed `--parent`. These turn
 * an error's JSON pointers into the flags of the command that ran, so the message names what the
 * user can change.
 */
import type { Command, Option } from 'commander'
import type { AppError } from '../src/core/errors'

/** The option a field stands for: the same name, or the name plus `Id` (`--parent` for `parentId`). */
function optionForField(cmd: Command, field: string): Option | undefined {
  return cmd.options.find((o) => o.attributeName() === field || `${o.attributeName()}Id` === field)
}

/** The message with each faulty field replaced by its flag where the command has one. */
export function messageInFlags(cmd: Command | null, error: AppError): string {
  if (cmd === null) return error.message
  let message = error.message
  const flags: string[] = []
  for (const problem of error.errors) {
    const field = problem.pointer.split('/').filter(Boolean)[0]
    if (field === undefined) continue
    const option = optionForField(cmd, field)
    if (option?.long === undefined) continue
    message = message.replace(new RegExp(`\\b${field}\\b`, 'g'), option.long)
    if (!flags.includes(option.long)) flags.push(option.long)
  }
  return flags.length === 0 || flags.some((f) => message.includes(f)) ? message : `${message} (${flags.join(', ')})`
}

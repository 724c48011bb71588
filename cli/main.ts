/**
 * `shieldwall`: the hub's command line. Plain output for people, --json for scripts, one clear
 * line on stderr and a non-zero exit code on error (2: bad usage or input, 1: anything else).
 */
import { Command, CommanderError } from 'commander'
import { ConfigError } from '../src/config'
import { isAppError } from '../src/core/errors'
import { registerIntelCommands } from './commands/intel'
import { registerIntelLookupCommands } from './commands/intel-lookup'
import { registerMemberCommands } from './commands/members'
import { registerSupportCommands } from './commands/support'
import { AuditBrokenError, registerSystemCommands } from './commands/system'
import { registerVocabCommand } from './commands/vocab'
import { registerWatchCommand } from './commands/watch'
import { messageInFlags } from './flags'
import { CliUsageError, processIo, type CliIo } from './io'

export function buildProgram(io: CliIo): Command {
  const program = new Command('shieldwall')
    .description('Shieldwall: a hub for allied cyber incident support')
    .option('--json', 'machine-readable output')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) })
    .showHelpAfterError(false)
  registerSystemCommands(program, io)
  registerMemberCommands(program, io)
  registerSupportCommands(program, io)
  registerWatchCommand(program, io)
  registerIntelCommands(program, io)
  registerIntelLookupCommands(program, io)
  registerVocabCommand(program, io)
  return program
}

/** Runs one command line; returns the exit code instead of exiting, so tests can call it. */
export async function runCli(argv: string[], io: CliIo = processIo()): Promise<number> {
  let running: Command | null = null
  try {
    const program = buildProgram(io)
    program.hook('preAction', (_program, action) => void (running = action))
    await program.parseAsync(argv, { from: 'user' })
    return 0
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2
    const message = isAppError(e) ? messageInFlags(running, e) : e instanceof Error ? e.message : String(e)
    if (e instanceof CliUsageError || e instanceof ConfigError || (isAppError(e) && e.status < 500)) {
      io.err(`shieldwall: ${message}`)
      return 2
    }
    io.err(`shieldwall: ${e instanceof AuditBrokenError ? message : `failed: ${message}`}`)
    return 1
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await runCli(process.argv.slice(2))
}

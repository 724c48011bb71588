/**
 * `shieldwall`: the hub's command line. Plain output for people, --json for scripts, one clear
 * line on stderr and a non-zero exit code on error (2: bad usage or input, 1: anything else).
 *
 * Start-up is part of the interface (people run it in loops and scripts): only the module of the
 * command that runs is loaded. The other commands appear in the top-level help from the table
 * below; cli/main.test.ts holds the table to what the modules register.
 */
import { Command, CommanderError } from 'commander'
import { ConfigError } from '../src/config'
import { isAppError } from '../src/core/errors'
import { messageInFlags } from './flags'
import { AuditBrokenError, CliUsageError, processIo, type CliIo } from './io'

type Register = (program: Command, io: CliIo) => void

interface CommandModule {
  /** The top-level commands the module registers, with their one-line descriptions. */
  commands: Record<string, string>
  load(): Promise<Register[]>
}

export const COMMAND_MODULES: CommandModule[] = [
  {
    commands: {
      serve: 'run the hub (HTTP API) until SIGINT/SIGTERM',
      migrate: "bring the hub's database schema up to date",
      setup: 'migrate, then create the hub and print its first admin token and enrolment link (once)',
      audit: 'the audit trail',
    },
    load: async () => [(await import('./commands/system')).registerSystemCommands],
  },
  {
    commands: { org: 'organizations of the hub', user: 'users of the hub', token: 'API tokens' },
    load: async () => [(await import('./commands/members')).registerMemberCommands],
  },
  {
    commands: { capability: 'the capability catalogue', incident: 'incidents', assistance: 'assistance requests' },
    load: async () => [(await import('./commands/support')).registerSupportCommands, (await import('./commands/assistance-remote')).registerAssistanceRemoteCommands],
  },
  {
    commands: { watch: 'print the live feed (events you may see), reconnecting without gaps until interrupted' },
    load: async () => [(await import('./commands/watch')).registerWatchCommand],
  },
  {
    commands: { intel: 'threat intelligence: STIX 2.1 and MISP' },
    load: async () => [(await import('./commands/intel')).registerIntelCommands, (await import('./commands/intel-lookup')).registerIntelLookupCommands, (await import('./commands/intel-feeds')).registerIntelFeedCommands],
  },
  {
    commands: { decision: 'joint decisions: proposals, answers and their record (asks the running hub)' },
    load: async () => [(await import('./commands/decisions')).registerDecisionCommands],
  },
  {
    commands: { exercise: 'exercises: scenarios on a virtual clock, injects, the after-action report (asks the running hub)' },
    load: async () => [(await import('./commands/exercise')).registerExerciseCommands],
  },
  {
    commands: { vocab: 'allowed values: capability categories, NIS2 sectors, RSIT classes and types, NCISS levels, languages, urgencies' },
    load: async () => [(await import('./commands/vocab')).registerVocabCommand],
  },
  {
    commands: { notify: 'notifications: my settings, channels and rules, an organization\u2019s rota, deliveries and dead letters' },
    load: async () => [(await import('./commands/notify')).registerNotifyCommands],
  },
]

function rootProgram(io: CliIo): Command {
  return new Command('shieldwall')
    .description('Shieldwall: a hub for allied cyber incident support')
    .option('--json', 'machine-readable output')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) })
    .showHelpAfterError(false)
}

/** The command a command line runs: its first word that is not an option (`help X` runs X's help). */
function commandWord(argv: string[]): string | undefined {
  const words = argv.filter((a) => !a.startsWith('-'))
  return words[0] === 'help' ? words[1] : words[0]
}

/**
 * The program with the module of the `wanted` command loaded (every module with 'all'); the
 * other commands are listed by name and description only.
 */
export async function buildProgram(io: CliIo, wanted: string | undefined): Promise<Command> {
  const program = rootProgram(io)
  for (const mod of COMMAND_MODULES) {
    if (wanted === 'all' || (wanted !== undefined && wanted in mod.commands)) {
      for (const register of await mod.load()) register(program, io)
    } else {
      for (const [name, description] of Object.entries(mod.commands)) program.command(name).description(description)
    }
  }
  return program
}

/** Runs one command line; returns the exit code instead of exiting, so tests can call it. */
export async function runCli(argv: string[], io: CliIo = processIo()): Promise<number> {
  let running: Command | null = null
  try {
    const program = await buildProgram(io, commandWord(argv))
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

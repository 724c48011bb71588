/** Runs the CLI in process with its own environment, capturing what it prints. */
import { Readable } from 'node:stream'
import type { CliIo } from '../cli/io'
import { runCli } from '../cli/main'

export interface CliRun {
  code: number
  out: string
  err: string
}

/** `onOut` hears each line printed to stdout as it is printed (for commands that run until told). */
export function cliRunner(env: NodeJS.ProcessEnv, opts: { onOut?: (line: string) => void } = {}) {
  return async (argv: string[], stdin?: string): Promise<CliRun> => {
    const out: string[] = []
    const err: string[] = []
    const io: CliIo = {
      out: (l) => (out.push(l), opts.onOut?.(l)),
      err: (l) => err.push(l),
      isTty: false,
      env: { LOG_LEVEL: 'silent', ...env },
      ...(stdin === undefined ? {} : { stdin: Readable.from([stdin]) }),
    }
    const code = await runCli(argv, io)
    return { code, out: out.join('\n'), err: err.join('\n') }
  }
}

/** The same against a data folder, with the arguments spread: `run('org', 'list')`. */
export const cliIn = (dataDir: string) => {
  const run = cliRunner({ DATA_DIR: dataDir })
  return (...argv: string[]) => run(argv)
}

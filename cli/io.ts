/** Where the CLI writes: a terminal in real use, buffers in tests. */
export interface CliIo {
  out(line: string): void
  err(line: string): void
  isTty: boolean
  env: NodeJS.ProcessEnv
  /** Where `-` reads from (process.stdin when absent). */
  stdin?: NodeJS.ReadableStream
}

export const processIo = (): CliIo => ({
  out: (l) => process.stdout.write(`${l}\n`),
  err: (l) => process.stderr.write(`${l}\n`),
  isTty: Boolean(process.stderr.isTTY),
  env: process.env,
})

/** Thrown for a bad command line or bad input: one clear line, exit code 2. */
export class CliUsageError extends Error {}

/** The audit chain does not verify: exit code 1, with the broken link named. */
export class AuditBrokenError extends Error {}

/** Plain rows for humans, JSON for scripts. */
export function printRows(io: CliIo, json: boolean, rows: Record<string, unknown>[], columns: string[]): void {
  if (json) return io.out(JSON.stringify(rows, null, 2))
  if (rows.length === 0) return io.out('(none)')
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c] ?? '').length)))
  io.out(columns.map((c, i) => c.toUpperCase().padEnd(widths[i]!)).join('  '))
  for (const r of rows) io.out(columns.map((c, i) => String(r[c] ?? '').padEnd(widths[i]!)).join('  '))
}

export function printRecord(io: CliIo, json: boolean, record: Record<string, unknown>): void {
  if (json) return io.out(JSON.stringify(record, null, 2))
  const w = Math.max(...Object.keys(record).map((k) => k.length))
  for (const [k, v] of Object.entries(record)) io.out(`${k.padEnd(w)}  ${typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v ?? '')}`)
}

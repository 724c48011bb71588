/**
 * PostgreSQL's COPY FROM STDIN in text format, streamed through pg-copy-streams: the fastest way
 * that database takes rows. Used by the intel import (into a staging table) and by the import
 * bench (its baseline).
 */
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type pg from 'pg'
import { from as copyFrom } from 'pg-copy-streams'

/** Rows are grouped into chunks of about this many bytes before they reach the socket. */
const CHUNK_BYTES = 256 * 1024

/**
 * One value in COPY's text format: NULL is `\N`, and the four characters that would end a field
 * or a row (backslash, tab, newline, carriage return) are escaped.
 */
export function copyTextValue(v: unknown): string {
  if (v === null || v === undefined) return '\\N'
  const s = typeof v === 'string' ? v : String(v)
  return /[\\\t\n\r]/.test(s) ? s.replace(/[\\\t\n\r]/g, escapeChar) : s
}

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' }
const escapeChar = (c: string): string => ESCAPES[c]!

/** One row in COPY's text format, newline included. */
export const copyTextRow = (values: readonly unknown[]): string => values.map(copyTextValue).join('\t') + '\n'

async function* chunked(rows: Iterable<readonly unknown[]> | AsyncIterable<readonly unknown[]>): AsyncGenerator<string> {
  let chunk = ''
  for await (const r of rows) {
    chunk += copyTextRow(r)
    if (chunk.length >= CHUNK_BYTES) {
      yield chunk
      chunk = ''
    }
  }
  if (chunk.length > 0) yield chunk
}

/**
 * Streams `rows` (values in the order of `columns`) into `table` with one COPY on `client`,
 * inside whatever transaction that client is in. Resolves once the server has taken every row.
 */
export async function copyRows(
  client: pg.ClientBase,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly unknown[]> | AsyncIterable<readonly unknown[]>,
): Promise<void> {
  const stream = client.query(copyFrom(`copy ${table} (${columns.join(', ')}) from stdin`))
  await pipeline(Readable.from(chunked(rows)), stream)
}

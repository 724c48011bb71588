/**
 * Real receivers for notification tests and benchmarks: an SMTP server (smtp-server) that keeps
 * every mail it is given, parsed (mailparser), and an HTTP server (node:http) that keeps every
 * request and answers with the status the test sets.
 */
import { simpleParser, type ParsedMail } from 'mailparser'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

export interface Mailbox {
  url: string
  mails: ParsedMail[]
  /** Called with each mail as it arrives (benchmarks time it). */
  onMail: ((m: ParsedMail) => void) | null
  close(): Promise<void>
}

export async function startSmtpServer(): Promise<Mailbox> {
  const box: Mailbox = { url: '', mails: [], onMail: null, close: async () => undefined }
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          box.mails.push(mail)
          box.onMail?.(mail)
          callback()
        },
        (err: Error) => callback(err),
      )
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.server.address() as AddressInfo).port
  box.url = `smtp://127.0.0.1:${port}`
  box.close = () => new Promise<void>((resolve) => server.close(() => resolve()))
  return box
}

export interface Received {
  url: string
  headers: IncomingHttpHeaders
  body: string
}

export interface HttpReceiver {
  url: string
  received: Received[]
  /** The status the next requests get (200 by default). */
  status: number
  onRequest: ((r: Received) => void) | null
  close(): Promise<void>
}

export async function startHttpReceiver(): Promise<HttpReceiver> {
  const rx: HttpReceiver = { url: '', received: [], status: 200, onRequest: null, close: async () => undefined }
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const r = { url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') }
      rx.received.push(r)
      rx.onRequest?.(r)
      res.writeHead(rx.status).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  rx.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  rx.close = () => new Promise<void>((resolve) => {
    server.closeAllConnections()
    server.close(() => resolve())
  })
  return rx
}

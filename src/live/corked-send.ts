import type { WebSocket } from 'ws'

/** The TCP socket under a ws connection: ws has no public cork, and the stream is its own. */
interface Corkable {
  cork(): void
  uncork(): void
}
const tcpOf = (ws: WebSocket): Corkable | null => (ws as unknown as { _socket?: Corkable | null })._socket ?? null

/**
 * The fanout hands the same frame to every recipient of an event in a row: its UTF-8 bytes are
 * made once, not once a socket (ws would encode a string on every send).
 */
let lastFrame = ''
let lastBytes = Buffer.alloc(0)
const bytesOf = (frame: string): Buffer => {
  if (frame !== lastFrame) {
    lastFrame = frame
    lastBytes = Buffer.from(frame)
  }
  return lastBytes
}

/**
 * Frames for one connection within one turn of the event loop (several events committed
 * together, a resume page) leave in one write rather than one syscall each: the write per
 * frame per subscriber was most of the feed's cost under load.
 */
export function corkedSender(socket: WebSocket): (frame: string) => void {
  let corked = false
  return (frame) => {
    const tcp = tcpOf(socket)
    if (!corked && tcp) {
      corked = true
      tcp.cork()
      setImmediate(() => {
        corked = false
        tcp.uncork()
      })
    }
    socket.send(bytesOf(frame), { binary: false })
  }
}


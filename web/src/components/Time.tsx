/** A moment shown in UTC and in the reader's own time zone, the machine-readable value in datetime. */
import { useEffect, useState } from 'react'

const utc = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })
// dateStyle cannot be combined with timeZoneName, hence the parts.
const local = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' })

export function Time({ at }: { at: string | null | undefined }) {
  if (!at) return <span>—</span>
  const d = new Date(at)
  return (
    <time dateTime={at} title={local.format(d)}>
      {utc.format(d)} UTC <span className="local">({local.format(d)})</span>
    </time>
  )
}

/** The ticking now, for countdowns: one timer per component, cleared on unmount. */
function useNow(everyMs = 1000): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), everyMs)
    return () => clearInterval(t)
  }, [everyMs])
  return now
}

const pad = (n: number) => String(n).padStart(2, '0')

/** Time left until `due`, counting down each second; "overdue by …" once past. */
export function Countdown({ due }: { due: string }) {
  const now = useNow()
  const ms = new Date(due).getTime() - now
  const s = Math.floor(Math.abs(ms) / 1000)
  const text = `${Math.floor(s / 3600)}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`
  return (
    <span className={ms < 0 ? 'overdue' : 'countdown'}>
      {ms < 0 ? `overdue by ${text}` : `${text} left`} (due <Time at={due} />)
    </span>
  )
}

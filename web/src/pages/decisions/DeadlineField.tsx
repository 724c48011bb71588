/** A deadline typed in the reader's own time zone, repeated in UTC as the hub will store it. */
import { Time } from '../../components/Time'

const pad = (n: number) => String(n).padStart(2, '0')
/** A datetime-local value (the browser's zone) a day from now. */
export function inADay(): string {
  const d = new Date(Date.now() + 24 * 3600_000)
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`
}

export function DeadlineField({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const at = value ? new Date(value) : null
  return (
    <label className="field">
      <span>Deadline (your time zone)</span>
      <input type="datetime-local" name="deadline" required value={value} onChange={(e) => onChange(e.target.value)} />
      <span className="local">{at && !Number.isNaN(at.getTime()) ? <Time at={at.toISOString()} /> : 'not a time'}</span>
    </label>
  )
}

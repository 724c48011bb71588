import { unprocessable } from '../../core/errors'

/**
 * When a provider is at its desk, in its own time zone. `days` are ISO weekdays (1 = Monday …
 * 7 = Sunday) on which a shift STARTS; a shift whose end is before its start runs past midnight
 * into the next day; equal start and end mean the whole day.
 */
export interface WorkingHours {
  tz: string
  days: readonly number[]
  start: string
  end: string
}

export interface LocalTime {
  isoWeekday: number
  minuteOfDay: number
}

const WEEKDAY: Readonly<Record<string, number>> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 }
const MINUTES_PER_DAY = 1440

// Building a DateTimeFormat costs far more than using one: keep one per zone for the process.
const formatters = new Map<string, Intl.DateTimeFormat>()

const formatterFor = (tz: string): Intl.DateTimeFormat => {
  let f = formatters.get(tz)
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
    formatters.set(tz, f)
  }
  return f
}

export const isTimeZone = (tz: unknown): tz is string => {
  if (typeof tz !== 'string' || tz === '') return false
  try {
    formatterFor(tz)
    return true
  } catch {
    return false
  }
}

/** The weekday and minute of the day in `tz` at `at`; the zone rules are ICU's, not ours. */
export function localTimeIn(tz: string, at: Date): LocalTime {
  let isoWeekday = 0
  let hour = 0
  let minute = 0
  for (const part of formatterFor(tz).formatToParts(at)) {
    if (part.type === 'weekday') isoWeekday = WEEKDAY[part.value] ?? 0
    else if (part.type === 'hour') hour = Number(part.value) % 24
    else if (part.type === 'minute') minute = Number(part.value)
  }
  return { isoWeekday, minuteOfDay: hour * 60 + minute }
}

const digit = (s: string, i: number): number => {
  const d = s.charCodeAt(i) - 48
  return d >= 0 && d <= 9 ? d : NaN
}

/** Minutes since midnight for 'HH:MM' (00:00–24:00), NaN for anything else; no allocation. */
export function minutesOf(hhmm: string): number {
  if (hhmm.length !== 5 || hhmm.charCodeAt(2) !== 58) return NaN
  const h = digit(hhmm, 0) * 10 + digit(hhmm, 1)
  const m = digit(hhmm, 3) * 10 + digit(hhmm, 4)
  if (!(h >= 0 && h <= 24 && m >= 0 && m <= 59) || (h === 24 && m !== 0)) return NaN
  return h * 60 + m
}

const previousWeekday = (isoWeekday: number): number => (isoWeekday === 1 ? 7 : isoWeekday - 1)

/** Whether a local time falls within the hours; split from the zone lookup so callers can cache it. */
export function isWithinHoursAt(hours: WorkingHours, local: LocalTime): boolean {
  const start = minutesOf(hours.start)
  const end = minutesOf(hours.end)
  const m = local.minuteOfDay
  if (start === end || (start === 0 && end === MINUTES_PER_DAY)) return hours.days.includes(local.isoWeekday)
  if (start < end) return m >= start && m < end && hours.days.includes(local.isoWeekday)
  return (m >= start && hours.days.includes(local.isoWeekday)) || (m < end && hours.days.includes(previousWeekday(local.isoWeekday)))
}

export const isWithinWorkingHours = (hours: WorkingHours, at: Date): boolean =>
  isWithinHoursAt(hours, localTimeIn(hours.tz, at))

/** Checks hours given by a member; throws 422 naming the field at fault. */
export function validateWorkingHours(input: WorkingHours, pointer = '/workingHours'): WorkingHours {
  if (!isTimeZone(input.tz)) throw unprocessable('invalid_time_zone', `Unknown IANA time zone "${String(input.tz)}"`, `${pointer}/tz`)
  if (!Array.isArray(input.days) || input.days.length === 0)
    throw unprocessable('invalid_working_days', 'Give at least one ISO weekday (1 = Monday … 7 = Sunday)', `${pointer}/days`)
  input.days.forEach((d, i) => {
    if (!Number.isInteger(d) || d < 1 || d > 7)
      throw unprocessable('invalid_working_days', 'Weekdays are integers from 1 (Monday) to 7 (Sunday)', `${pointer}/days/${i}`)
  })
  for (const field of ['start', 'end'] as const) {
    if (Number.isNaN(minutesOf(input[field])))
      throw unprocessable('invalid_time_of_day', 'Times of day are written HH:MM, from 00:00 to 24:00', `${pointer}/${field}`)
  }
  return input
}

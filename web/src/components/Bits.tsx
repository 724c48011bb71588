/** Small shared pieces: a refusal in words, a loading line, a labelled select over a vocabulary. */
import type { ReactNode } from 'react'

export function Problem({ error }: { error: unknown }) {
  if (!error) return null
  return (
    <p role="alert" className="problem">
      {error instanceof Error ? error.message : 'Something went wrong'}
    </p>
  )
}

export function Loading({ what }: { what: string }) {
  return <p aria-busy="true">Loading {what}…</p>
}

export interface Choice {
  id: string | number
  label: string
}

/** A native select (keyboard and screen readers know it) with its label. */
export function Choose({ label, value, onChange, choices, name, children }: { label: string; value: string; onChange: (v: string) => void; choices: readonly Choice[]; name: string; children?: ReactNode }) {
  return (
    <label className="field">
      <span>{label}</span>
      <select name={name} value={value} onChange={(e) => onChange(e.target.value)}>
        {children}
        {choices.map((c) => (
          <option key={String(c.id)} value={String(c.id)}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  )
}

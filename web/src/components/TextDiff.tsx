/** A text and its amended version side by side, the words removed and added marked (jsdiff's word diff). */
import { diffWords } from 'diff'

export function TextDiff({ current, amended, label }: { current: string; amended: string; label: string }) {
  const parts = diffWords(current, amended)
  return (
    <div className="side-by-side" role="group" aria-label={label}>
      <figure>
        <figcaption>Current text</figcaption>
        <p className="text">{parts.map((p, i) => (p.added ? null : p.removed ? <del key={i}>{p.value}</del> : <span key={i}>{p.value}</span>))}</p>
      </figure>
      <figure>
        <figcaption>Amended text</figcaption>
        <p className="text">{parts.map((p, i) => (p.removed ? null : p.added ? <ins key={i}>{p.value}</ins> : <span key={i}>{p.value}</span>))}</p>
      </figure>
    </div>
  )
}

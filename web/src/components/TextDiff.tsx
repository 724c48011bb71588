/** A text and its amended version side by side, the words removed and added marked. */
import { sidesOf, type Piece } from './text-diff'

const Side = ({ title, pieces, Mark }: { title: string; pieces: Piece[]; Mark: 'del' | 'ins' }) => (
  <figure>
    <figcaption>{title}</figcaption>
    <p className="text">{pieces.map((p, i) => (p.changed ? <Mark key={i}>{p.text}</Mark> : <span key={i}>{p.text}</span>))}</p>
  </figure>
)

export function TextDiff({ current, amended, label }: { current: string; amended: string; label: string }) {
  const sides = sidesOf(current, amended)
  return (
    <div className="side-by-side" role="group" aria-label={label}>
      <Side title="Current text" pieces={sides.current} Mark="del" />
      <Side title="Amended text" pieces={sides.amended} Mark="ins" />
    </div>
  )
}

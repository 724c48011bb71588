/**
 * A text and its amended version as two sides of word changes. diffWordsWithSpace keeps every
 * space as a token of its own, so each side reads exactly as its text (diffWords folds spaces
 * into the changes and the current side lost the one before an insertion).
 */
import { diffWordsWithSpace } from 'diff'

export interface Piece {
  text: string
  changed: boolean
}

export function sidesOf(current: string, amended: string): { current: Piece[]; amended: Piece[] } {
  const parts = diffWordsWithSpace(current, amended)
  return {
    current: parts.filter((p) => !p.added).map((p) => ({ text: p.value, changed: p.removed })),
    amended: parts.filter((p) => !p.removed).map((p) => ({ text: p.value, changed: p.added })),
  }
}

/**
 * Defanged indicators (`hxxp://`, `evil[.]com`, `1.2.3(dot)4`, `user[@]example.com`) are how
 * analysts paste values into mail and chat so nobody clicks them. Lookup takes them back to the
 * live form with ioc-extractor's refang (the maintained JavaScript port of the rules ioc-fanger
 * and CyberChef use), and says when it did, so a user knows which value was looked up.
 */
import { refang } from 'ioc-extractor'

export interface Refanged {
  /** The value as it will be understood (trimmed, refanged). */
  value: string
  /** True when refanging changed something beyond surrounding whitespace. */
  refanged: boolean
}

export function refangValue(raw: string): Refanged {
  const trimmed = raw.trim()
  const value = refang(trimmed).trim()
  return { value, refanged: value !== trimmed }
}

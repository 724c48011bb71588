/** TLP 2.0 labels as FIRST specifies them: capitals on a black background, in the standard colours. */
export const TLP_LEVELS = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'] as const
export type TlpLevel = (typeof TLP_LEVELS)[number]

const COLOUR: Record<TlpLevel, string> = {
  CLEAR: '#FFFFFF',
  GREEN: '#33FF00',
  AMBER: '#FFC000',
  'AMBER+STRICT': '#FFC000',
  RED: '#FF2B2B',
}

const isLevel = (s: string): s is TlpLevel => (TLP_LEVELS as readonly string[]).includes(s)

export function TlpLabel({ tlp }: { tlp: string }) {
  const level = tlp.toUpperCase()
  const colour = isLevel(level) ? COLOUR[level] : '#FFFFFF'
  return (
    <span className="tlp" style={{ color: colour }}>
      TLP:{level}
    </span>
  )
}

/** Who sees an object of this marking, in words, before it is saved. */
export function audienceInWords(tlp: TlpLevel, ownOrg: string, audience: readonly string[]): string {
  const plus = audience.length > 0 ? ` and ${audience.join(', ')}` : ''
  switch (tlp) {
    case 'CLEAR':
      return 'Anyone, including readers without an account.'
    case 'GREEN':
      return 'Every member organization of the hub.'
    case 'AMBER':
      return `${ownOrg}${plus}, and their client organizations, on a need-to-know basis.`
    case 'AMBER+STRICT':
      return `${ownOrg}${plus} only, not their client organizations.`
    case 'RED':
      return 'Only you and the people named; nobody else, whatever their role.'
  }
}

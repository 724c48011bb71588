/** The marking of an object about to be saved, saying in words who will see it. */
import { Checkbox, CheckboxGroup, Label } from 'react-aria-components'
import { useMe, useOrgs } from '../queries'
import { Choose } from './Bits'
import { TLP_LEVELS, TlpLabel, audienceInWords, type TlpLevel } from './Tlp'

export interface Marking {
  tlp: TlpLevel
  audienceOrgs: string[]
}

export function MarkingPicker({ value, onChange }: { value: Marking; onChange: (m: Marking) => void }) {
  const me = useMe()
  const orgs = useOrgs()
  const others = (orgs.data ?? []).filter((o) => o.id !== me.data?.org.id && o.kind !== 'hub')
  const names = value.audienceOrgs.map((id) => orgs.data?.find((o) => o.id === id)?.name ?? 'an organization')
  const scoped = value.tlp === 'AMBER' || value.tlp === 'AMBER+STRICT'
  return (
    <fieldset className="marking">
      <legend>Marking</legend>
      <Choose label="TLP" name="tlp" value={value.tlp} onChange={(v) => onChange({ ...value, tlp: v as TlpLevel })} choices={TLP_LEVELS.map((t) => ({ id: t, label: `TLP:${t}` }))} />
      {scoped && others.length > 0 && (
        <CheckboxGroup value={value.audienceOrgs} onChange={(ids) => onChange({ ...value, audienceOrgs: ids })} className="audience">
          <Label>Also share with</Label>
          {others.map((o) => (
            <Checkbox key={o.id} value={o.id}>
              <span className="box" aria-hidden="true" /> {o.name}
            </Checkbox>
          ))}
        </CheckboxGroup>
      )}
      <p role="status" className="who-sees">
        <TlpLabel tlp={value.tlp} /> Who will see it: {audienceInWords(value.tlp, me.data?.org.name ?? 'Your organization', scoped ? names : [])}
      </p>
    </fieldset>
  )
}

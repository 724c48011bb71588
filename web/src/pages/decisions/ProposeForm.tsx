/**
 * The propose form (points of contact and coordinators): kind and procedure from the API's
 * vocabulary, the addressees by name from the member directory, the marking, the deadline in
 * the reader's zone. Kinds that need more than a text (widening a marking, deploying a team,
 * disclosing a correlation) are proposed where their subject is, not here.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Button, Checkbox, CheckboxGroup, Form, Input, Label, TextArea, TextField } from 'react-aria-components'
import { api, ok } from '../../api'
import { Choose, Problem } from '../../components/Bits'
import { TLP_LEVELS, TlpLabel } from '../../components/Tlp'
import { useMe, useOrgs } from '../../queries'
import { DeadlineField, inADay } from './DeadlineField'
import { KIND_LABEL, PROCEDURE_LABEL, type Proposal } from './words'

const TEXT_KINDS = ['consultation', 'attribution', 'collective_response', 'free_text'] as const
const TLPS = TLP_LEVELS.filter((t) => t !== 'RED')

export function ProposeForm() {
  const me = useMe()
  const orgs = useOrgs()
  const queries = useQueryClient()
  const [kind, setKind] = useState<string>('consultation')
  const [procedure, setProcedure] = useState<string>('silence')
  const [title, setTitle] = useState('')
  const [text, setText] = useState('')
  const [tlp, setTlp] = useState<string>('AMBER')
  const [addressees, setAddressees] = useState<string[]>([])
  const [deadline, setDeadline] = useState(inADay)
  const [quorum, setQuorum] = useState('1')
  const others = (orgs.data ?? []).filter((o) => o.id !== me.data?.org.id && o.kind !== 'hub')
  const propose = useMutation({
    mutationFn: () => {
      const body: Proposal = {
        kind: kind as Proposal['kind'],
        procedure: procedure as Proposal['procedure'],
        title,
        text,
        tlp: tlp as NonNullable<Proposal['tlp']>,
        addressees,
        deadline: new Date(deadline).toISOString(),
        ...(procedure === 'majority' ? { majority: { quorum: Number(quorum), thresholdNum: 1, thresholdDen: 2 } } : {}),
      }
      return ok(api().POST('/api/v1/decisions', { body }))
    },
    onSuccess: () => {
      setTitle('')
      setText('')
      return queries.invalidateQueries({ queryKey: ['decisions'] })
    },
  })
  return (
    <section aria-labelledby="propose-h">
      <h2 id="propose-h">Propose</h2>
      <Form aria-label="Propose a decision" onSubmit={(e) => (e.preventDefault(), propose.mutate())}>
        <Choose label="Kind" name="kind" value={kind} onChange={setKind} choices={TEXT_KINDS.map((k) => ({ id: k, label: KIND_LABEL[k] }))} />
        <Choose label="Procedure" name="procedure" value={procedure} onChange={setProcedure} choices={Object.entries(PROCEDURE_LABEL).map(([id, label]) => ({ id, label }))} />
        {procedure === 'majority' && (
          <TextField name="quorum" type="number" isRequired value={quorum} onChange={setQuorum}>
            <Label>Quorum (answers needed; at least half the addressees must concur)</Label>
            <Input min={1} />
          </TextField>
        )}
        <TextField name="title" isRequired value={title} onChange={setTitle}>
          <Label>Title</Label>
          <Input />
        </TextField>
        <TextField name="text" isRequired value={text} onChange={setText}>
          <Label>Text proposed</Label>
          <TextArea rows={4} />
        </TextField>
        <CheckboxGroup value={addressees} onChange={setAddressees} className="audience" isRequired>
          <Label>Addressees</Label>
          {others.map((o) => (
            <Checkbox key={o.id} value={o.id}>
              <span className="box" aria-hidden="true" /> {o.name}
            </Checkbox>
          ))}
        </CheckboxGroup>
        <Choose label="TLP" name="tlp" value={tlp} onChange={setTlp} choices={TLPS.map((t) => ({ id: t, label: `TLP:${t}` }))} />
        <p className="who-sees">
          <TlpLabel tlp={tlp} /> Only the addressees and {me.data?.org.name ?? 'your organization'} see a proposal, whatever its marking.
        </p>
        <DeadlineField value={deadline} onChange={setDeadline} />
        <Button type="submit" isDisabled={propose.isPending || addressees.length === 0}>
          Propose
        </Button>
        <Problem error={propose.error} />
      </Form>
    </section>
  )
}

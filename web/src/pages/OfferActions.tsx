/**
 * What a provider does with an offer: accept or decline it while pending; once accepted, start
 * the work and deliver a STIX file (imported as intel under the marking picked, then linked to the
 * delivery) with a note.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Button, Form, Input, Label, TextArea, TextField } from 'react-aria-components'
import { api, ok, rawJson, type ResponseBody } from '../api'
import { Problem } from '../components/Bits'
import { MarkingPicker, type Marking } from '../components/MarkingPicker'

type Offer = ResponseBody<'/api/v1/assistance/offers', 'get'>[number]

export function OfferActions({ offer }: { offer: Offer }) {
  const queries = useQueryClient()
  const [reason, setReason] = useState('')
  const done = () => queries.invalidateQueries({ queryKey: ['offers'] })
  const accept = useMutation({ mutationFn: () => ok(api().POST('/api/v1/assistance/offers/{id}/accept', { params: { path: { id: offer.id } } })), onSuccess: done })
  const decline = useMutation({
    mutationFn: () => ok(api().POST('/api/v1/assistance/offers/{id}/decline', { params: { path: { id: offer.id } }, body: { reason } })),
    onSuccess: done,
  })
  if (offer.state === 'accepted' && !offer.deliveredAt) return <Deliver offer={offer} />
  if (offer.state !== 'pending') return null
  return (
    <div className="actions">
      <Button onPress={() => accept.mutate()} isDisabled={accept.isPending}>
        Accept
      </Button>
      <Form
        onSubmit={(e) => {
          e.preventDefault()
          decline.mutate()
        }}
      >
        <TextField name="reason" isRequired value={reason} onChange={setReason}>
          <Label>Reason to decline</Label>
          <Input />
        </TextField>
        <Button type="submit">Decline</Button>
      </Form>
      <Problem error={accept.error ?? decline.error} />
    </div>
  )
}

/** The ids a STIX bundle's objects carry: what the delivery links to once the bundle is imported. */
const stixIds = (bundle: { objects?: { id?: unknown; type?: unknown }[] }): string[] =>
  (bundle.objects ?? []).filter((o) => typeof o.id === 'string' && o.type !== 'relationship').map((o) => o.id as string)

function Deliver({ offer }: { offer: Offer }) {
  const queries = useQueryClient()
  const [text, setText] = useState('')
  const [file, setFile] = useState<File | null>(null)
  const [marking, setMarking] = useState<Marking>({ tlp: 'AMBER', audienceOrgs: [] })
  const start = useMutation({
    mutationFn: () => ok(api().POST('/api/v1/assistance/requests/{id}/start', { params: { path: { id: offer.requestId } } })),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['offers'] }),
  })
  const deliver = useMutation({
    mutationFn: async () => {
      let intelIds: string[] = []
      if (file) {
        const body = await file.text()
        const query = { tlp: marking.tlp, ...(marking.audienceOrgs.length ? { audienceOrgs: marking.audienceOrgs } : {}) }
        await ok(api().POST('/api/v1/intel/bundles', { ...rawJson(body), params: { query } }))
        intelIds = stixIds(JSON.parse(body) as { objects?: { id?: unknown; type?: unknown }[] })
      }
      return ok(api().POST('/api/v1/assistance/offers/{id}/deliver', { params: { path: { id: offer.id } }, body: { text, intelIds } }))
    },
    onSuccess: () => queries.invalidateQueries({ queryKey: ['offers'] }),
  })
  return (
    <div className="actions">
      <Button onPress={() => start.mutate()} isDisabled={start.isPending || start.isSuccess}>
        {start.isSuccess ? 'Work started' : 'Start work'}
      </Button>
      <Form
        onSubmit={(e) => {
          e.preventDefault()
          deliver.mutate()
        }}
      >
        <TextField name="deliverable" isRequired value={text} onChange={setText}>
          <Label>What you deliver</Label>
          <TextArea />
        </TextField>
        <label className="field">
          <span>STIX 2.1 file (optional)</span>
          <input type="file" name="stix" accept=".json,application/json" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </label>
        {file && <MarkingPicker value={marking} onChange={setMarking} />}
        <Button type="submit" isDisabled={deliver.isPending}>
          Deliver
        </Button>
      </Form>
      <Problem error={start.error ?? deliver.error} />
    </div>
  )
}

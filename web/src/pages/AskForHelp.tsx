/**
 * The request form: draft, approve the sanitized summary (what helpers read before accepting),
 * and submit for matching when the user is the nation's point of contact.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Button, Form, Input, Label, TextArea, TextField } from 'react-aria-components'
import { useNavigate } from 'react-router'
import { api, ok, type RequestBody } from '../api'
import { Choose, Problem } from '../components/Bits'
import { useMe, useVocab } from '../queries'

type NewRequest = RequestBody<'/api/v1/assistance/requests', 'post'>
const DELIVERY = [
  { id: 'either', label: 'remote or on site' },
  { id: 'remote', label: 'remote' },
  { id: 'on_site', label: 'on site' },
]

export function AskForHelp({ incidentId }: { incidentId: string }) {
  const me = useMe()
  const navigate = useNavigate()
  const queries = useQueryClient()
  const categories = useVocab('capability-categories')
  const urgencies = useVocab('urgencies')
  const languages = useVocab('languages')
  const [category, setCategory] = useState('malware-analysis')
  const [urgency, setUrgency] = useState('high')
  const [language, setLanguage] = useState('en')
  const [delivery, setDelivery] = useState('either')
  const [needed, setNeeded] = useState('1')
  const [summary, setSummary] = useState('')
  const ask = useMutation({
    mutationFn: async () => {
      const body: NewRequest = {
        incidentId,
        category: category as NewRequest['category'],
        urgency: urgency as NewRequest['urgency'],
        languages: [language as NewRequest['languages'][number]],
        delivery: delivery as NewRequest['delivery'],
        needed: Number(needed),
        sanitizedSummary: summary,
      }
      const draft = await ok(api().POST('/api/v1/assistance/requests', { body }))
      const path = { params: { path: { id: draft.id } } }
      await ok(api().POST('/api/v1/assistance/requests/{id}/approve-summary', path))
      if (me.data?.user.roles.includes('poc')) await ok(api().POST('/api/v1/assistance/requests/{id}/submit', path))
      return draft
    },
    onSuccess: async (draft) => {
      await queries.invalidateQueries({ queryKey: ['requests'] })
      await navigate(`/assistance/${draft.id}`)
    },
  })
  return (
    <Form aria-label="Ask for help" onSubmit={(e) => (e.preventDefault(), ask.mutate())}>
      <h3>Ask for help</h3>
      <Choose label="Capability needed" name="category" value={category} onChange={setCategory} choices={categories.data?.values ?? []} />
      <Choose label="Urgency" name="urgency" value={urgency} onChange={setUrgency} choices={urgencies.data?.values ?? []} />
      <Choose label="Language" name="language" value={language} onChange={setLanguage} choices={languages.data?.values ?? []} />
      <Choose label="Delivery" name="delivery" value={delivery} onChange={setDelivery} choices={DELIVERY} />
      <TextField name="needed" type="number" isRequired value={needed} onChange={setNeeded}>
        <Label>Helpers needed</Label>
        <Input min={1} />
      </TextField>
      <TextField name="sanitizedSummary" isRequired value={summary} onChange={setSummary}>
        <Label>Summary helpers may read (sanitized)</Label>
        <TextArea />
      </TextField>
      <Button type="submit" isDisabled={ask.isPending}>
        Ask for help
      </Button>
      <Problem error={ask.error} />
    </Form>
  )
}

/** The proposer's steps: after a silence break, issue an amended text as a new round; withdraw before it is decided. */
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Button, Form, Label, TextArea, TextField } from 'react-aria-components'
import { api, ok } from '../../api'
import { Problem } from '../../components/Bits'
import { DeadlineField, inADay } from './DeadlineField'
import { silenceBroken, type Decision } from './words'

export function ProposerActions({ d }: { d: Decision }) {
  const queries = useQueryClient()
  const withdraw = useMutation({
    mutationFn: () => ok(api().POST('/api/v1/decisions/{id}/withdraw', { params: { path: { id: d.id } }, body: {} })),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['decisions'] }),
  })
  return (
    <>
      {silenceBroken(d) && <ReissueForm d={d} />}
      <Button onPress={() => withdraw.mutate()}>Withdraw the proposal</Button>
      <Problem error={withdraw.error} />
    </>
  )
}

/** Mounted once silence is broken, so that it starts from the latest amended text of the round. */
function ReissueForm({ d }: { d: Decision }) {
  const queries = useQueryClient()
  const lastAmended = [...d.answers].reverse().find((a) => a.round === d.round && a.amendedText)?.amendedText ?? d.text
  const [text, setText] = useState(lastAmended)
  const [deadline, setDeadline] = useState(inADay)
  const reissue = useMutation({
    mutationFn: () => ok(api().POST('/api/v1/decisions/{id}/reissue', { params: { path: { id: d.id } }, body: { text, deadline: new Date(deadline).toISOString() } })),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['decisions'] }),
  })
  return (
    <Form aria-label={`Issue again: ${d.title}`} onSubmit={(e) => (e.preventDefault(), reissue.mutate())}>
      <TextField name="text" isRequired value={text} onChange={setText}>
        <Label>Text of the next round</Label>
        <TextArea rows={4} />
      </TextField>
      <DeadlineField value={deadline} onChange={setDeadline} />
      <Button type="submit">Issue as a new round</Button>
      <Problem error={reissue.error} />
    </Form>
  )
}

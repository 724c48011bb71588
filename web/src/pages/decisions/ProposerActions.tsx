/** The proposer's steps: after a silence break, issue an amended text as a new round; withdraw before it is decided. */
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Button, Form, Label, TextArea, TextField } from 'react-aria-components'
import { api, ok } from '../../api'
import { Problem } from '../../components/Bits'
import { DeadlineField, inADay } from './DeadlineField'
import type { Decision } from './words'

export function ProposerActions({ d }: { d: Decision }) {
  const queries = useQueryClient()
  const lastAmended = [...d.answers].reverse().find((a) => a.round === d.round && a.amendedText)?.amendedText ?? d.text
  const [text, setText] = useState(lastAmended)
  const [deadline, setDeadline] = useState(inADay)
  const path = { params: { path: { id: d.id } } }
  const done = () => queries.invalidateQueries({ queryKey: ['decisions'] })
  const reissue = useMutation({ mutationFn: () => ok(api().POST('/api/v1/decisions/{id}/reissue', { ...path, body: { text, deadline: new Date(deadline).toISOString() } })), onSuccess: done })
  const withdraw = useMutation({ mutationFn: () => ok(api().POST('/api/v1/decisions/{id}/withdraw', { ...path, body: {} })), onSuccess: done })
  return (
    <>
      {d.state === 'silence_broken' && (
        <Form aria-label={`Issue again: ${d.title}`} onSubmit={(e) => (e.preventDefault(), reissue.mutate())}>
          <TextField name="text" isRequired value={text} onChange={setText}>
            <Label>Text of the next round</Label>
            <TextArea rows={4} />
          </TextField>
          <DeadlineField value={deadline} onChange={setDeadline} />
          <Button type="submit">Issue as a new round</Button>
        </Form>
      )}
      <Button onPress={() => withdraw.mutate()}>Withdraw the proposal</Button>
      <Problem error={reissue.error ?? withdraw.error} />
    </>
  )
}

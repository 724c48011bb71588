/**
 * An addressee's answer: concur, abstain, object with a reason, or (silence procedure) break
 * silence with a reason and an amended text, shown against the current text before it is sent.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Button, Form, Label, TextArea, TextField } from 'react-aria-components'
import { api, ok } from '../../api'
import { Problem } from '../../components/Bits'
import { TextDiff } from '../../components/TextDiff'
import type { AnswerKind, Decision } from './words'

export function AnswerForm({ d }: { d: Decision }) {
  const queries = useQueryClient()
  const [reason, setReason] = useState('')
  const [amended, setAmended] = useState('')
  const answer = useMutation({
    mutationFn: (kind: AnswerKind) =>
      ok(
        api().POST('/api/v1/decisions/{id}/answers', {
          params: { path: { id: d.id } },
          body: { answer: kind, round: d.round, ...(reason ? { reason } : {}), ...(kind === 'break_silence' && amended ? { amendedText: amended } : {}) },
        }),
      ),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['decisions'] }),
  })
  const silence = d.procedure === 'silence'
  return (
    <Form aria-label={`Answer: ${d.title}`} onSubmit={(e) => e.preventDefault()}>
      <TextField name="reason" value={reason} onChange={setReason}>
        <Label>Reason (needed to object or break silence)</Label>
        <TextArea />
      </TextField>
      {silence && (
        <TextField name="amendedText" value={amended} onChange={setAmended}>
          <Label>Amended text (with a silence break)</Label>
          <TextArea rows={4} />
        </TextField>
      )}
      {silence && amended && <TextDiff current={d.text} amended={amended} label="Your amended text against the current one" />}
      <div className="actions">
        <Button onPress={() => answer.mutate('concur')} isDisabled={answer.isPending}>
          Concur
        </Button>
        <Button onPress={() => answer.mutate('abstain')} isDisabled={answer.isPending}>
          Abstain
        </Button>
        <Button onPress={() => answer.mutate('object')} isDisabled={answer.isPending || !reason}>
          Object
        </Button>
        {silence && (
          <Button onPress={() => answer.mutate('break_silence')} isDisabled={answer.isPending || !reason}>
            Break silence
          </Button>
        )}
      </div>
      <Problem error={answer.error} />
    </Form>
  )
}

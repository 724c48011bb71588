/** My organization's on-call rota in calling order, who is on duty now, and (admins, points of contact) its editing. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Button, Checkbox, CheckboxGroup, Form, Input, Label, TextField } from 'react-aria-components'
import { api, ok, type RequestBody } from '../../api'
import { Choose, Problem } from '../../components/Bits'

type RotaInput = RequestBody<'/api/v1/notify/orgs/{id}/rota', 'put'>
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']

export function Rota({ orgId, admin, mayEdit }: { orgId: string; admin: boolean; mayEdit: boolean }) {
  const queries = useQueryClient()
  const path = { params: { path: { id: orgId } } }
  const rota = useQuery({ queryKey: ['notify-rota', orgId], queryFn: () => ok(api().GET('/api/v1/notify/orgs/{id}/rota', path)), retry: false })
  const users = useQuery({ queryKey: ['users'], queryFn: () => ok(api().GET('/api/v1/users')), enabled: admin })
  const nameOf = (id: string) => users.data?.find((u) => u.id === id)?.displayName ?? 'a member of your organization'
  const put = useMutation({
    mutationFn: (body: RotaInput) => ok(api().PUT('/api/v1/notify/orgs/{id}/rota', { ...path, body })),
    onSuccess: (r) => queries.setQueryData(['notify-rota', orgId], r),
  })
  const [who, setWho] = useState('')
  const [days, setDays] = useState<string[]>(['1', '2', '3', '4', '5'])
  const [start, setStart] = useState('08:00')
  const [end, setEnd] = useState('18:00')
  const r = rota.data
  const entries = r?.entries.map(({ userId, days: d, start: s, end: e }) => ({ userId, days: d, start: s, end: e })) ?? []
  const save = (next: RotaInput['entries']) => r && put.mutate({ timeZone: r.timeZone, ackMinutes: r.ackMinutes, entries: next })
  return (
    <section aria-labelledby="rota-h">
      <h2 id="rota-h">On-call rota of my organization</h2>
      {rota.error ? <p>The rota is shown to its organization’s members.</p> : null}
      {r && (
        <>
          <p>
            Times in {r.timeZone}; each person on duty has {r.ackMinutes} minutes to acknowledge before the next is called. On duty now:{' '}
            {r.onDutyNow.length ? r.onDutyNow.map(nameOf).join(', ') : 'nobody'}.
          </p>
          <ol aria-label="Calling order">
            {r.entries.map((e, i) => (
              <li key={`${e.userId}-${i}`}>
                {nameOf(e.userId)}: {e.days.map((d) => DAYS[d - 1]).join(', ')}, {e.start}–{e.end}
                {mayEdit && (
                  <>
                    {' '}
                    <Button onPress={() => save(entries.filter((_, j) => j !== i))} aria-label={`Remove ${nameOf(e.userId)} from the rota`}>
                      Remove
                    </Button>
                  </>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
      {r && mayEdit && admin && (
        <Form aria-label="Add to the rota" onSubmit={(e) => (e.preventDefault(), who && save([...entries, { userId: who, days: days.map(Number), start, end }]))}>
          <Choose label="Person" name="who" value={who} onChange={setWho} choices={(users.data ?? []).filter((u) => u.orgId === orgId).map((u) => ({ id: u.id, label: u.displayName }))}>
            <option value="">Choose someone</option>
          </Choose>
          <CheckboxGroup value={days} onChange={setDays} className="audience">
            <Label>Days</Label>
            {DAYS.map((d, i) => (
              <Checkbox key={d} value={String(i + 1)}>
                <span className="box" aria-hidden="true" /> {d}
              </Checkbox>
            ))}
          </CheckboxGroup>
          <TextField name="start" isRequired value={start} onChange={setStart}>
            <Label>From (HH:MM)</Label>
            <Input />
          </TextField>
          <TextField name="end" isRequired value={end} onChange={setEnd}>
            <Label>Until (HH:MM)</Label>
            <Input />
          </TextField>
          <Button type="submit">Add to the rota</Button>
        </Form>
      )}
      <Problem error={put.error} />
    </section>
  )
}

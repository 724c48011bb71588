/** My channels besides e-mail: webhooks (optionally signed) and chat rooms (Matrix, Mattermost, Teams). */
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Button, Form, Input, Label, TextField } from 'react-aria-components'
import { api, ok, type RequestBody } from '../../api'
import { Choose, Problem } from '../../components/Bits'
import { Time } from '../../components/Time'
import { SETTINGS_KEY, type Settings } from './types'

type Kind = RequestBody<'/api/v1/notify/channels', 'post'>['kind']
const KINDS: Record<Kind, string> = { webhook: 'Webhook', matrix: 'Matrix room', mattermost: 'Mattermost', teams: 'Microsoft Teams' }

export function Channels({ settings }: { settings: Settings }) {
  const queries = useQueryClient()
  const [kind, setKind] = useState<string>('webhook')
  const [url, setUrl] = useState('')
  const [secret, setSecret] = useState('')
  const changed = () => queries.invalidateQueries({ queryKey: SETTINGS_KEY })
  const add = useMutation({
    mutationFn: () => ok(api().POST('/api/v1/notify/channels', { body: { kind: kind as Kind, url, ...(secret ? { secret } : {}) } })),
    onSuccess: () => (setUrl(''), setSecret(''), changed()),
  })
  const remove = useMutation({ mutationFn: (id: string) => ok(api().DELETE('/api/v1/notify/channels/{id}', { params: { path: { id } } })), onSuccess: changed })
  return (
    <section aria-labelledby="channels-h">
      <h2 id="channels-h">My channels</h2>
      <ul aria-label="My channels">
        <li>E-mail to {settings.email}</li>
        {settings.channels.map((c) => (
          <li key={c.id}>
            {KINDS[c.kind as Kind] ?? c.kind}: <code>{c.url}</code>
            {c.signed ? ' (signed)' : ''}, added <Time at={c.createdAt} />{' '}
            <Button onPress={() => remove.mutate(c.id)} aria-label={`Remove the ${c.kind} channel ${c.url}`}>
              Remove
            </Button>
          </li>
        ))}
      </ul>
      <Form aria-label="Add a channel" onSubmit={(e) => (e.preventDefault(), add.mutate())}>
        <Choose label="Channel kind" name="kind" value={kind} onChange={setKind} choices={Object.entries(KINDS).map(([id, label]) => ({ id, label }))} />
        <TextField name="url" type="url" isRequired value={url} onChange={setUrl}>
          <Label>Address (https)</Label>
          <Input />
        </TextField>
        {kind === 'webhook' && (
          <TextField name="secret" value={secret} onChange={setSecret}>
            <Label>Signing secret (16 characters or more, optional)</Label>
            <Input />
          </TextField>
        )}
        <Button type="submit">Add the channel</Button>
      </Form>
      <Problem error={add.error ?? remove.error} />
    </section>
  )
}

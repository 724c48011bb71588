/** Which channels each topic reaches me by: the role's default until I set a rule of my own. */
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Checkbox, CheckboxGroup, Label } from 'react-aria-components'
import type { paths } from '../../../../src/client/hub-client'
import { api, ok } from '../../api'
import { Problem } from '../../components/Bits'
import { SETTINGS_KEY, type Settings } from './types'

type Topic = paths['/api/v1/notify/rules/{topic}']['put']['parameters']['path']['topic']

export function Rules({ settings }: { settings: Settings }) {
  const queries = useQueryClient()
  const set = useMutation({
    mutationFn: ({ topic, channels }: { topic: Topic; channels: string[] }) =>
      ok(api().PUT('/api/v1/notify/rules/{topic}', { params: { path: { topic } }, body: { channels } })),
    // The box changes as it is pressed; the hub's answer (or, on a refusal, a refetch) settles it.
    onMutate: ({ topic, channels }) =>
      queries.setQueryData<Settings>(SETTINGS_KEY, (old) => old && { ...old, rules: old.rules.map((r) => (r.topic === topic ? { ...r, channels } : r)) }),
    onSuccess: (s) => queries.setQueryData(SETTINGS_KEY, s),
    onError: () => queries.invalidateQueries({ queryKey: SETTINGS_KEY }),
  })
  const channels = [{ id: 'email', label: 'E-mail' }, ...settings.channels.map((c) => ({ id: c.id, label: `${c.kind} ${URL.canParse(c.url) ? new URL(c.url).host : c.url}` }))]
  return (
    <section aria-labelledby="rules-h">
      <h2 id="rules-h">My rules</h2>
      {settings.rules.map((r) => (
        <CheckboxGroup key={r.topic} value={r.channels} onChange={(ids) => set.mutate({ topic: r.topic as Topic, channels: ids })} className="audience rule">
          <Label>
            {r.meaning} {r.isDefault ? '(default of your role)' : '(your rule)'}
          </Label>
          {channels.map((c) => (
            <Checkbox key={c.id} value={c.id}>
              <span className="box" aria-hidden="true" /> {c.label}
            </Checkbox>
          ))}
        </CheckboxGroup>
      ))}
      <Problem error={set.error} />
    </section>
  )
}

/** My delivery history with its state, and (admins) the dead letters, each with a replay. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { ColumnDef } from '@tanstack/react-table'
import { Button } from 'react-aria-components'
import { api, ok, type ResponseBody } from '../../api'
import { Problem } from '../../components/Bits'
import { DataTable } from '../../components/DataTable'
import { Time } from '../../components/Time'

type Delivery = ResponseBody<'/api/v1/notify/deliveries', 'get'>[number]

const channelName = (c: string) => (c === 'email' ? 'e-mail' : 'a channel')

const baseColumns: ColumnDef<Delivery, unknown>[] = [
  { header: 'Topic', accessorKey: 'topic' },
  { header: 'Channel', id: 'channel', cell: (c) => channelName(c.row.original.channel) },
  { header: 'State', accessorKey: 'state' },
  { header: 'Attempts', accessorKey: 'attempts' },
  { header: 'Queued', accessorKey: 'createdAt', cell: (c) => <Time at={c.row.original.createdAt} /> },
  { header: 'Sent', accessorKey: 'sentAt', cell: (c) => <Time at={c.row.original.sentAt} /> },
  { header: 'Last error', id: 'error', cell: (c) => c.row.original.lastError ?? '—' },
]

export function Deliveries() {
  const list = useQuery({ queryKey: ['notify-deliveries'], queryFn: () => ok(api().GET('/api/v1/notify/deliveries')) })
  return (
    <section aria-labelledby="deliveries-h">
      <h2 id="deliveries-h">Delivery history</h2>
      <DataTable caption="My notifications and their delivery" data={list.data ?? []} columns={baseColumns} />
      <Problem error={list.error} />
    </section>
  )
}

export function DeadLetters() {
  const queries = useQueryClient()
  const list = useQuery({ queryKey: ['notify-dead-letters'], queryFn: () => ok(api().GET('/api/v1/notify/dead-letters')) })
  const replay = useMutation({
    mutationFn: (id: string) => ok(api().POST('/api/v1/notify/dead-letters/{id}/replay', { params: { path: { id } } })),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['notify-dead-letters'] }),
  })
  const columns: ColumnDef<Delivery, unknown>[] = [
    ...baseColumns,
    {
      header: 'Action',
      id: 'action',
      cell: (c) => (
        <Button onPress={() => replay.mutate(c.row.original.id)} aria-label={`Replay the ${c.row.original.topic} notification queued ${c.row.original.createdAt}`}>
          Replay
        </Button>
      ),
    },
  ]
  return (
    <section aria-labelledby="dead-h">
      <h2 id="dead-h">Dead letters</h2>
      <DataTable caption="Notifications that failed for good" data={list.data ?? []} columns={columns} />
      <Problem error={list.error ?? replay.error} />
    </section>
  )
}

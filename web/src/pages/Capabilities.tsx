/** Capabilities: the alliance's catalogue to browse (my organization's own marked as such). */
import { useQuery } from '@tanstack/react-query'
import type { ColumnDef } from '@tanstack/react-table'
import { api, ok, type ResponseBody } from '../api'
import { Loading, Problem } from '../components/Bits'
import { DataTable } from '../components/DataTable'
import { useLabel, useMe, useOrgName } from '../queries'

type Capability = ResponseBody<'/api/v1/capabilities', 'get'>[number]

export default function CapabilitiesPage() {
  const me = useMe()
  const category = useLabel('capability-categories')
  const orgName = useOrgName()
  const list = useQuery({ queryKey: ['capabilities'], queryFn: () => ok(api().GET('/api/v1/capabilities')) })
  const columns: ColumnDef<Capability, unknown>[] = [
    { header: 'Capability', accessorKey: 'category', cell: (c) => category(c.row.original.category) },
    { header: 'Lent by', id: 'org', cell: (c) => `${orgName(c.row.original.orgId)}${c.row.original.orgId === me.data?.org.id ? ' (mine)' : ''}` },
    { header: 'Capacity', accessorKey: 'capacity' },
    { header: 'Delivery', accessorKey: 'delivery' },
    { header: 'Answers within (h)', accessorKey: 'responseHours' },
    { header: 'Languages', id: 'lang', cell: (c) => c.row.original.languages.join(', ') },
  ]
  return (
    <>
      <h1>Capabilities</h1>
      {list.isPending ? <Loading what="capabilities" /> : <Problem error={list.error} />}
      <DataTable caption="The alliance's catalogue" data={list.data ?? []} columns={columns} />
    </>
  )
}

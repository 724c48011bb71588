/** Members: the organizations of the hub and, for admins, the users they manage. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { ColumnDef } from '@tanstack/react-table'
import { Button } from 'react-aria-components'
import { api, ok, type ResponseBody } from '../api'
import { Problem } from '../components/Bits'
import { DataTable } from '../components/DataTable'
import { useMe, useOrgName, useOrgs } from '../queries'

type Org = ResponseBody<'/api/v1/orgs', 'get'>[number]
type User = ResponseBody<'/api/v1/users', 'get'>[number]

export default function MembersPage() {
  const me = useMe()
  const orgs = useOrgs()
  const orgName = useOrgName()
  const queries = useQueryClient()
  const admin = me.data?.user.roles.includes('admin') ?? false
  const users = useQuery({ queryKey: ['users'], queryFn: () => ok(api().GET('/api/v1/users')), enabled: admin })
  const disable = useMutation({
    mutationFn: (id: string) => ok(api().POST('/api/v1/users/{id}/disable', { params: { path: { id } } })),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['users'] }),
  })
  const orgColumns: ColumnDef<Org, unknown>[] = [
    { header: 'Name', accessorKey: 'name' },
    { header: 'Kind', accessorKey: 'kind' },
    { header: 'Country', accessorKey: 'country' },
    { header: 'Under', id: 'parent', cell: (c) => (c.row.original.parentId ? orgName(c.row.original.parentId) : '—') },
  ]
  const userColumns: ColumnDef<User, unknown>[] = [
    { header: 'Name', accessorKey: 'displayName' },
    { header: 'E-mail', accessorKey: 'email' },
    { header: 'Organization', id: 'org', cell: (c) => orgName(c.row.original.orgId) },
    { header: 'Roles', id: 'roles', cell: (c) => c.row.original.roles.join(', ') },
    {
      header: 'Action',
      id: 'action',
      cell: (c) =>
        c.row.original.disabledAt ? (
          'disabled'
        ) : (
          <Button onPress={() => disable.mutate(c.row.original.id)} aria-label={`Disable ${c.row.original.displayName}`}>
            Disable
          </Button>
        ),
    },
  ]
  return (
    <>
      <h1>Members</h1>
      <DataTable caption="Organizations" data={orgs.data ?? []} columns={orgColumns} />
      {admin ? <DataTable caption="Users you manage" data={users.data ?? []} columns={userColumns} /> : <p>Users are listed to admins.</p>}
      <Problem error={users.error ?? disable.error} />
    </>
  )
}

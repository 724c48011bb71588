/** Members: the organizations of the hub and, for admins, the users they manage: add, enrolment links, disable, enable. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { ColumnDef } from '@tanstack/react-table'
import { useState } from 'react'
import { Button, Checkbox, CheckboxGroup, Form, Input, Label, TextField } from 'react-aria-components'
import { api, ok, type RequestBody, type ResponseBody } from '../api'
import { Choose, Problem } from '../components/Bits'
import { DataTable } from '../components/DataTable'
import { Time } from '../components/Time'
import { useMe, useOrgName, useOrgs } from '../queries'

type Org = ResponseBody<'/api/v1/orgs', 'get'>[number]
type User = ResponseBody<'/api/v1/users', 'get'>[number]
type Role = RequestBody<'/api/v1/users', 'post'>['roles'][number]
type Kind = RequestBody<'/api/v1/orgs', 'post'>['kind']
/** Each kind and the kind of organization it sits under (the hub's rule; a nation sits under the hub). */
const KINDS: { id: Kind; label: string; under: Org['kind'] }[] = [
  { id: 'nation', label: 'nation', under: 'hub' },
  { id: 'agency', label: 'agency', under: 'nation' },
  { id: 'cert', label: 'CERT', under: 'nation' },
  { id: 'partner', label: 'partner', under: 'nation' },
]
type Enrolment = ResponseBody<'/api/v1/users/{id}/enrolment', 'post'>
const ROLES: { id: Role; label: string }[] = [
  { id: 'admin', label: 'admin' },
  { id: 'poc', label: 'point of contact' },
  { id: 'analyst', label: 'analyst' },
  { id: 'coordinator', label: 'coordinator' },
  { id: 'controller', label: 'exercise controller' },
  { id: 'observer', label: 'observer' },
]

export default function MembersPage() {
  const me = useMe()
  const orgs = useOrgs()
  const orgName = useOrgName()
  const queries = useQueryClient()
  const [link, setLink] = useState<(Enrolment & { who: string }) | null>(null)
  const admin = me.data?.user.roles.includes('admin') ?? false
  const users = useQuery({ queryKey: ['users'], queryFn: () => ok(api().GET('/api/v1/users')), enabled: admin })
  const changed = () => queries.invalidateQueries({ queryKey: ['users'] })
  const disable = useMutation({ mutationFn: (id: string) => ok(api().POST('/api/v1/users/{id}/disable', { params: { path: { id } } })), onSuccess: changed })
  const enable = useMutation({
    mutationFn: (u: User) => ok(api().POST('/api/v1/users/{id}/enable', { params: { path: { id: u.id } } })),
    onSuccess: async (r, u) => (setLink({ ...r.enrolment, who: u.displayName }), changed()),
  })
  const enrolment = useMutation({
    mutationFn: (u: User) => ok(api().POST('/api/v1/users/{id}/enrolment', { params: { path: { id: u.id } } })),
    onSuccess: (e, u) => setLink({ ...e, who: u.displayName }),
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
      header: 'Actions',
      id: 'action',
      cell: (c) => {
        const u = c.row.original
        if (u.disabledAt)
          return (
            <Button onPress={() => enable.mutate(u)} aria-label={`Enable ${u.displayName}`}>
              Enable
            </Button>
          )
        return (
          <span className="actions">
            <Button onPress={() => enrolment.mutate(u)} aria-label={`Enrolment link for ${u.displayName}`}>
              Enrolment link
            </Button>{' '}
            <Button onPress={() => disable.mutate(u.id)} aria-label={`Disable ${u.displayName}`}>
              Disable
            </Button>
          </span>
        )
      },
    },
  ]
  return (
    <>
      <h1>Members</h1>
      <DataTable caption="Organizations" data={orgs.data ?? []} columns={orgColumns} />
      {admin ? (
        <>
          <DataTable caption="Users you manage" data={users.data ?? []} columns={userColumns} />
          {link && (
            <p role="status" className="enrolment-link">
              Enrolment link for {link.who}, shown once, valid until <Time at={link.expiresAt} />: <code>{link.link}</code>
            </p>
          )}
          <AddUser onAdded={(e, who) => (setLink({ ...e, who }), changed())} />
          {me.data?.org.kind === 'hub' && <AdmitOrg />}
        </>
      ) : (
        <p>Users are listed to admins.</p>
      )}
      <Problem error={users.error ?? disable.error ?? enable.error ?? enrolment.error} />
    </>
  )
}

/** A new user of one of my organizations, and the enrolment link that lets them set their own credentials. */
function AddUser({ onAdded }: { onAdded: (e: Enrolment, who: string) => void }) {
  const me = useMe()
  const orgs = useOrgs()
  const [displayName, setDisplayName] = useState('')
  const [email, setEmail] = useState('')
  const [orgId, setOrgId] = useState('')
  const [roles, setRoles] = useState<string[]>(['analyst'])
  const mine = (orgs.data ?? []).filter((o) => o.id === me.data?.org.id || (me.data && o.parentId === me.data.org.id))
  const add = useMutation({
    mutationFn: async () => {
      const user = await ok(api().POST('/api/v1/users', { body: { displayName, email, orgId: orgId || me.data!.org.id, roles: roles as Role[] } }))
      return ok(api().POST('/api/v1/users/{id}/enrolment', { params: { path: { id: user.id } } }))
    },
    onSuccess: (e) => onAdded(e, displayName),
  })
  return (
    <section aria-labelledby="add-h">
      <h2 id="add-h">Add a user</h2>
      <Form onSubmit={(e) => (e.preventDefault(), add.mutate())}>
        <TextField name="displayName" isRequired value={displayName} onChange={setDisplayName}>
          <Label>Name</Label>
          <Input />
        </TextField>
        <TextField name="email" type="email" isRequired value={email} onChange={setEmail}>
          <Label>E-mail</Label>
          <Input />
        </TextField>
        <Choose label="Organization" name="org" value={orgId} onChange={setOrgId} choices={mine.map((o) => ({ id: o.id, label: o.name }))}>
          <option value="">my organization</option>
        </Choose>
        <CheckboxGroup value={roles} onChange={setRoles} className="audience">
          <Label>Roles</Label>
          {ROLES.map((r) => (
            <Checkbox key={r.id} value={r.id}>
              <span className="box" aria-hidden="true" /> {r.label}
            </Checkbox>
          ))}
        </CheckboxGroup>
        <Button type="submit" isDisabled={add.isPending}>
          Add and make an enrolment link
        </Button>
      </Form>
      <Problem error={add.error} />
    </section>
  )
}

/** A new organization, admitted by an admin of the hub: a nation with its country code, or a body under a nation picked from the directory. */
function AdmitOrg() {
  const orgs = useOrgs()
  const queries = useQueryClient()
  const [name, setName] = useState('')
  const [kind, setKind] = useState<Kind>('nation')
  const [country, setCountry] = useState('')
  const [parentId, setParentId] = useState('')
  const under = KINDS.find((k) => k.id === kind)?.under
  const parents = (orgs.data ?? []).filter((o) => o.kind === under && kind !== 'nation')
  const parent = parentId || parents[0]?.id || ''
  const admit = useMutation({
    mutationFn: () => ok(api().POST('/api/v1/orgs', { body: kind === 'nation' ? { name, kind, country } : { name, kind, parentId: parent } })),
    onSuccess: async () => {
      setName('')
      setCountry('')
      await queries.invalidateQueries({ queryKey: ['orgs'] })
    },
  })
  return (
    <section aria-labelledby="admit-h">
      <h2 id="admit-h">Admit an organization</h2>
      <Form aria-label="Admit an organization" onSubmit={(e) => (e.preventDefault(), admit.mutate())}>
        <TextField name="orgName" isRequired value={name} onChange={setName}>
          <Label>Organization name</Label>
          <Input />
        </TextField>
        <Choose label="Kind" name="kind" value={kind} onChange={(k) => (setKind(k as Kind), setParentId(''))} choices={KINDS} />
        {kind === 'nation' ? (
          // The API lists no countries; the hub checks the code against ISO 3166-1.
          <TextField name="country" isRequired value={country} onChange={(c) => setCountry(c.toUpperCase())} maxLength={2} minLength={2}>
            <Label>Country (ISO 3166-1 alpha-2)</Label>
            <Input />
          </TextField>
        ) : (
          <Choose label="Under" name="parent" value={parent} onChange={setParentId} choices={parents.map((o) => ({ id: o.id, label: o.name }))} />
        )}
        <Button type="submit" isDisabled={admit.isPending || (kind !== 'nation' && !parent)}>
          Admit
        </Button>
        {admit.isSuccess && <p role="status">Admitted {admit.data.name}.</p>}
      </Form>
      <Problem error={admit.error} />
    </section>
  )
}

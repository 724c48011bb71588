/** My account: who I am, my signed-in sessions (end one) and my API tokens (mint, see once, revoke). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { ColumnDef } from '@tanstack/react-table'
import { useState } from 'react'
import { Button, Form, Input, Label, TextField } from 'react-aria-components'
import { api, ok, type ResponseBody } from '../api'
import { Problem } from '../components/Bits'
import { DataTable } from '../components/DataTable'
import { Time } from '../components/Time'
import { addPasskey } from '../passkeys'
import { useMe } from '../queries'

type TokenRow = ResponseBody<'/api/v1/tokens', 'get'>[number]
type SessionRow = ResponseBody<'/api/v1/me/sessions', 'get'>[number]
type PasskeyRow = ResponseBody<'/api/v1/passkeys', 'get'>[number]

export function AccountPage() {
  const me = useMe()
  const queries = useQueryClient()
  const tokens = useQuery({ queryKey: ['tokens'], queryFn: () => ok(api().GET('/api/v1/tokens')) })
  const mySessions = useQuery({ queryKey: ['sessions'], queryFn: () => ok(api().GET('/api/v1/me/sessions')) })
  const end = useMutation({
    mutationFn: (id: string) => ok(api().DELETE('/api/v1/me/sessions/{id}', { params: { path: { id } } })),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['sessions'] }),
  })
  const sessionColumns: ColumnDef<SessionRow, unknown>[] = [
    { header: 'Signed in with', accessorKey: 'method' },
    { header: 'From', id: 'from', cell: (c) => `${c.row.original.address ?? 'unknown address'}${c.row.original.current ? ' (this browser)' : ''}` },
    { header: 'Since', accessorKey: 'createdAt', cell: (c) => <Time at={c.row.original.createdAt} /> },
    { header: 'Last seen', accessorKey: 'lastSeenAt', cell: (c) => <Time at={c.row.original.lastSeenAt} /> },
    {
      header: 'Action',
      id: 'action',
      cell: (c) => (
        <Button onPress={() => end.mutate(c.row.original.id)} aria-label={`End the session signed in with ${c.row.original.method} at ${c.row.original.createdAt}`}>
          End
        </Button>
      ),
    },
  ]
  const passkeys = useQuery({ queryKey: ['passkeys'], queryFn: () => ok(api().GET('/api/v1/passkeys')) })
  const [passkeyName, setPasskeyName] = useState('')
  const register = useMutation({ mutationFn: () => addPasskey(passkeyName), onSuccess: () => queries.invalidateQueries({ queryKey: ['passkeys'] }) })
  const removeKey = useMutation({
    mutationFn: (id: string) => ok(api().DELETE('/api/v1/passkeys/{id}', { params: { path: { id } } })),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['passkeys'] }),
  })
  const passkeyColumns: ColumnDef<PasskeyRow, unknown>[] = [
    { header: 'Name', accessorKey: 'name' },
    { header: 'Added', accessorKey: 'createdAt', cell: (c) => <Time at={c.row.original.createdAt} /> },
    { header: 'Last used', accessorKey: 'lastUsedAt', cell: (c) => <Time at={c.row.original.lastUsedAt} /> },
    {
      header: 'Action',
      id: 'action',
      cell: (c) => (
        <Button onPress={() => removeKey.mutate(c.row.original.id)} aria-label={`Remove the passkey ${c.row.original.name}`}>
          Remove
        </Button>
      ),
    },
  ]
  const [name, setName] = useState('')
  const mint = useMutation({
    mutationFn: () => ok(api().POST('/api/v1/tokens', { body: { name } })),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['tokens'] }),
  })
  const revoke = useMutation({
    mutationFn: (id: string) => ok(api().DELETE('/api/v1/tokens/{id}', { params: { path: { id } } })),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['tokens'] }),
  })
  const columns: ColumnDef<TokenRow, unknown>[] = [
    { header: 'Name', accessorKey: 'name' },
    { header: 'Created', accessorKey: 'createdAt', cell: (c) => <Time at={c.row.original.createdAt} /> },
    { header: 'Last used', accessorKey: 'lastUsedAt', cell: (c) => <Time at={c.row.original.lastUsedAt} /> },
    { header: 'State', id: 'state', cell: (c) => (c.row.original.revokedAt ? 'revoked' : 'active') },
    {
      header: 'Action',
      id: 'action',
      cell: (c) =>
        c.row.original.revokedAt ? null : (
          <Button onPress={() => revoke.mutate(c.row.original.id)} aria-label={`Revoke ${c.row.original.name}`}>
            Revoke
          </Button>
        ),
    },
  ]
  return (
    <>
      <h1>My account</h1>
      {me.data && (
        <p>
          {me.data.user.displayName} ({me.data.user.email}), {me.data.org.name}; roles: {me.data.user.roles.join(', ')}.
        </p>
      )}
      <h2>My sessions</h2>
      <DataTable caption="Browsers signed in as me" data={mySessions.data ?? []} columns={sessionColumns} />
      <h2>My passkeys</h2>
      <DataTable caption="My passkeys" data={passkeys.data ?? []} columns={passkeyColumns} />
      <Form aria-label="Add a passkey" onSubmit={(e) => (e.preventDefault(), register.mutate())}>
        <TextField name="passkeyName" isRequired value={passkeyName} onChange={setPasskeyName}>
          <Label>Passkey name</Label>
          <Input />
        </TextField>
        <Button type="submit">Add a passkey</Button>
      </Form>
      <Problem error={register.error ?? removeKey.error} />
      <h2>My API tokens</h2>
      <DataTable caption="My API tokens" data={tokens.data ?? []} columns={columns} />
      <Form
        onSubmit={(e) => {
          e.preventDefault()
          mint.mutate()
        }}
      >
        <TextField name="tokenName" isRequired value={name} onChange={setName}>
          <Label>New token name</Label>
          <Input />
        </TextField>
        <Button type="submit">Mint a token</Button>
      </Form>
      {mint.data && (
        <p role="status">
          Your new token, shown once: <code>{mint.data.token}</code>
        </p>
      )}
      <Problem error={mint.error ?? revoke.error ?? end.error} />
    </>
  )
}

/** Sign in. Until the hub's own sign-in (password + TOTP, passkeys, single sign-on) is merged, with an API token. */
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Button, Form, Input, Label, TextField } from 'react-aria-components'
import { useNavigate } from 'react-router'
import { api, ok } from '../api'
import { Problem } from '../components/Bits'
import { forgetToken, rememberToken } from '../session'

export function SignInPage() {
  const navigate = useNavigate()
  const queries = useQueryClient()
  const [token, setToken] = useState('')
  const [error, setError] = useState<unknown>(null)
  const submit = async () => {
    setError(null)
    rememberToken(token.trim())
    try {
      await ok(api().GET('/api/v1/me'))
      queries.clear()
      await navigate('/')
    } catch (err) {
      forgetToken()
      setError(err)
    }
  }
  return (
    <main id="main" className="sign-in">
      <h1>Sign in to Shieldwall</h1>
      <Form
        onSubmit={(e) => {
          e.preventDefault()
          void submit()
        }}
      >
        <TextField name="token" type="password" isRequired value={token} onChange={setToken}>
          <Label>API token</Label>
          <Input autoComplete="off" />
        </TextField>
        <Button type="submit">Sign in</Button>
      </Form>
      <Problem error={error} />
    </main>
  )
}

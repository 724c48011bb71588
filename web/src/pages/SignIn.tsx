/**
 * Sign in with e-mail, password and the authenticator's code (a browser session: HttpOnly cookie
 * plus CSRF token), or, for scripts' owners, with an API token.
 */
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Button, Disclosure, DisclosurePanel, Form, Heading, Input, Label, TextField } from 'react-aria-components'
import { useNavigate } from 'react-router'
import { api, ok } from '../api'
import { Problem } from '../components/Bits'
import { signInWithPasskey } from '../passkeys'
import { forgetCredentials, rememberCsrf, rememberToken } from '../session'

export function SignInPage() {
  const navigate = useNavigate()
  const queries = useQueryClient()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [totp, setTotp] = useState('')
  const [token, setToken] = useState('')
  const [nation, setNation] = useState('')
  const [error, setError] = useState<unknown>(null)
  const enter = async (signIn: () => Promise<void>) => {
    setError(null)
    forgetCredentials()
    try {
      await signIn()
      queries.clear()
      await navigate('/')
    } catch (err) {
      forgetCredentials()
      setError(err)
    }
  }
  const withPassword = () =>
    enter(async () => {
      const signed = await ok(api().POST('/api/v1/session/password', { body: { email, password, totp } }))
      rememberCsrf(signed.csrfToken)
    })
  const withPasskey = () => enter(async () => rememberCsrf(await signInWithPasskey()))
  // The nation's provider signs the person in and sends them back to / with the session cookie.
  const withSso = () => location.assign(`/api/v1/sso/${encodeURIComponent(nation.trim())}/login`)
  const withToken = () =>
    enter(async () => {
      rememberToken(token.trim())
      await ok(api().GET('/api/v1/me'))
    })
  return (
    <main id="main" className="sign-in">
      <h1>Sign in to Shieldwall</h1>
      <Button onPress={() => void withPasskey()}>Sign in with a passkey</Button>
      <Form aria-label="Sign in with a password" onSubmit={(e) => (e.preventDefault(), void withPassword())}>
        <TextField name="email" type="email" isRequired value={email} onChange={setEmail}>
          <Label>E-mail</Label>
          <Input autoComplete="username" />
        </TextField>
        <TextField name="password" type="password" isRequired value={password} onChange={setPassword}>
          <Label>Password</Label>
          <Input autoComplete="current-password" />
        </TextField>
        <TextField name="totp" isRequired value={totp} onChange={setTotp}>
          <Label>Code from your authenticator app</Label>
          <Input autoComplete="one-time-code" inputMode="numeric" />
        </TextField>
        <Button type="submit">Sign in</Button>
      </Form>
      <Form aria-label="Sign in with your nation's single sign-on" onSubmit={(e) => (e.preventDefault(), withSso())}>
        <TextField name="nation" isRequired value={nation} onChange={setNation}>
          <Label>Your nation (its name in the hub)</Label>
          <Input />
        </TextField>
        <Button type="submit">Sign in with your nation's single sign-on</Button>
      </Form>
      <Disclosure>
        <Heading level={2}>
          <Button slot="trigger">Sign in with an API token instead</Button>
        </Heading>
        <DisclosurePanel>
          <Form aria-label="Sign in with an API token" onSubmit={(e) => (e.preventDefault(), void withToken())}>
            <TextField name="token" type="password" isRequired value={token} onChange={setToken}>
              <Label>API token</Label>
              <Input autoComplete="off" />
            </TextField>
            <Button type="submit">Sign in with the token</Button>
          </Form>
        </DisclosurePanel>
      </Disclosure>
      <Problem error={error} />
    </main>
  )
}

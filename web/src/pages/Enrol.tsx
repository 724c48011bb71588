/**
 * Enrolment: the person a link was made for sets their own password and authenticator (TOTP),
 * and is signed in. Nobody else ever sees either; the recovery codes are shown this once.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Button, Form, Input, Label, TextField } from 'react-aria-components'
import { Link, useParams } from 'react-router'
import { api, ok } from '../api'
import { Loading, Problem } from '../components/Bits'
import { Time } from '../components/Time'
import { enrolWithPasskey } from '../passkeys'
import { forgetCredentials, rememberCsrf } from '../session'

export function EnrolPage() {
  const { token = '' } = useParams()
  const queries = useQueryClient()
  const path = { params: { path: { token } } }
  const link = useQuery({ queryKey: ['enrolment', token], queryFn: () => ok(api().GET('/api/v1/enrolment/{token}', path)), retry: false, staleTime: Infinity })
  const [password, setPassword] = useState('')
  const [code, setCode] = useState('')
  const withPasskey = useMutation({
    mutationFn: () => enrolWithPasskey(token, 'First passkey'),
    onSuccess: (csrf) => {
      forgetCredentials()
      rememberCsrf(csrf)
      queries.clear()
    },
  })
  const enrol = useMutation({
    mutationFn: () => ok(api().POST('/api/v1/enrolment/{token}', { ...path, body: { password, totpSecret: link.data!.totp.secret, totpCode: code } })),
    onSuccess: (done) => {
      forgetCredentials()
      rememberCsrf(done.csrfToken)
      queries.clear()
    },
  })
  return (
    <main id="main" className="sign-in">
      <h1>Set up your sign-in</h1>
      {link.isPending && <Loading what="your enrolment" />}
      <Problem error={link.error} />
      {withPasskey.isSuccess ? (
        <section aria-labelledby="done-h">
          <h2 id="done-h">You are signed in with your passkey</h2>
          <Link to="/">Continue to the console</Link>
        </section>
      ) : enrol.data ? (
        <section aria-labelledby="codes-h">
          <h2 id="codes-h">You are signed in</h2>
          <p>Keep these recovery codes somewhere safe: each signs you in once in place of a code. They are shown only now.</p>
          <ul className="codes">
            {enrol.data.recoveryCodes.map((c) => (
              <li key={c}>
                <code>{c}</code>
              </li>
            ))}
          </ul>
          <Link to="/">Continue to the console</Link>
        </section>
      ) : (
        link.data && (
          <>
            <p>
              For {link.data.user.displayName} ({link.data.user.email}); this link works until <Time at={link.data.expiresAt} />.
            </p>
            <Button onPress={() => withPasskey.mutate()}>Set up a passkey on this device</Button>
            <Problem error={withPasskey.error} />
            <p>Or a password with an authenticator app.</p>
            <p>
              Add this key to your authenticator app: <code data-testid="totp-secret">{link.data.totp.secret}</code> (or open <a href={link.data.totp.uri}>the otpauth link</a> on this device).
            </p>
            <Form aria-label="Set up password and authenticator" onSubmit={(e) => (e.preventDefault(), enrol.mutate())}>
              <TextField name="password" type="password" isRequired value={password} onChange={setPassword}>
                <Label>New password</Label>
                <Input autoComplete="new-password" />
              </TextField>
              <TextField name="totpCode" isRequired value={code} onChange={setCode}>
                <Label>Code your authenticator app shows</Label>
                <Input autoComplete="one-time-code" inputMode="numeric" />
              </TextField>
              <Button type="submit" isDisabled={enrol.isPending}>
                Set up and sign in
              </Button>
            </Form>
            <Problem error={enrol.error} />
          </>
        )
      )}
    </main>
  )
}

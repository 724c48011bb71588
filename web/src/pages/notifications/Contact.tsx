/** Where mail goes, the OpenPGP key AMBER mail is encrypted to, the time zone and quiet hours. */
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Button, Form, Input, Label, TextArea, TextField } from 'react-aria-components'
import { api, ok } from '../../api'
import { Problem } from '../../components/Bits'
import { SETTINGS_KEY, type Settings } from './types'

export function Contact({ settings }: { settings: Settings }) {
  const queries = useQueryClient()
  const [email, setEmail] = useState(settings.email)
  const [timeZone, setTimeZone] = useState(settings.timeZone)
  const [quietFrom, setQuietFrom] = useState(settings.quietHours?.start ?? '')
  const [quietTo, setQuietTo] = useState(settings.quietHours?.end ?? '')
  const [key, setKey] = useState('')
  const save = useMutation({
    mutationFn: () =>
      ok(
        api().PUT('/api/v1/notify/me', {
          body: { email, timeZone, quietHours: quietFrom && quietTo ? { start: quietFrom, end: quietTo } : null, ...(key ? { pgpKey: key } : {}) },
        }),
      ),
    onSuccess: (s) => (setKey(''), queries.setQueryData(SETTINGS_KEY, s)),
  })
  const removeKey = useMutation({
    mutationFn: () => ok(api().PUT('/api/v1/notify/me', { body: { timeZone: settings.timeZone, quietHours: settings.quietHours, pgpKey: null } })),
    onSuccess: (s) => queries.setQueryData(SETTINGS_KEY, s),
  })
  return (
    <section aria-labelledby="contact-h">
      <h2 id="contact-h">Contact and OpenPGP key</h2>
      <p data-testid="pgp-fingerprint">
        {settings.pgpFingerprint ? (
          <>
            AMBER mail is encrypted to the key <code>{settings.pgpFingerprint}</code>.{' '}
            <Button onPress={() => removeKey.mutate()}>Remove the key</Button>
          </>
        ) : (
          'No OpenPGP key: AMBER mail says only that something happened, with a link.'
        )}
      </p>
      <Form aria-label="Contact and key" onSubmit={(e) => (e.preventDefault(), save.mutate())}>
        <TextField name="email" type="email" isRequired value={email} onChange={setEmail}>
          <Label>E-mail address</Label>
          <Input />
        </TextField>
        <TextField name="timeZone" isRequired value={timeZone} onChange={setTimeZone}>
          <Label>Time zone (IANA, e.g. Europe/Tallinn)</Label>
          <Input />
        </TextField>
        <TextField name="quietFrom" value={quietFrom} onChange={setQuietFrom}>
          <Label>Quiet from (HH:MM)</Label>
          <Input placeholder="22:00" />
        </TextField>
        <TextField name="quietTo" value={quietTo} onChange={setQuietTo}>
          <Label>Quiet until (HH:MM)</Label>
          <Input placeholder="07:00" />
        </TextField>
        <TextField name="pgpKey" value={key} onChange={setKey}>
          <Label>New OpenPGP public key (ASCII-armored)</Label>
          <TextArea rows={4} />
        </TextField>
        <Button type="submit" isDisabled={save.isPending}>
          Save contact
        </Button>
      </Form>
      {save.isSuccess && <p role="status">Saved.</p>}
      <Problem error={save.error ?? removeKey.error} />
    </section>
  )
}

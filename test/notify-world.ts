/** Helpers for notification tests: a hub wired to real receivers, events of a chosen marking, a person's OpenPGP key. */
import * as openpgp from 'openpgp'
import { expect } from 'vitest'
import type { DialectName } from '../src/store/db'
import { saveMarking } from '../src/store/marking.store'
import type { Marking } from '../src/tlp'
import { unitOfWork, type UncheckedEvents } from '../src/domain/unit-of-work'
import { startTestHub, type TestHub } from './hub'
import { startHttpReceiver, startSmtpServer, type HttpReceiver, type Mailbox } from './notify-receivers'

export interface NotifyWorld {
  t: TestHub
  smtp: Mailbox
  http: HttpReceiver
  close(): Promise<void>
}

export const PUBLIC_URL = 'https://hub.example'

export async function startNotifyWorld(dialect: DialectName): Promise<NotifyWorld> {
  const smtp = await startSmtpServer()
  const http = await startHttpReceiver()
  const t = await startTestHub(dialect, { env: { SMTP_URL: smtp.url, PUBLIC_URL: PUBLIC_URL, NOTIFY_FROM: 'hub@hub.example' } })
  return {
    t,
    smtp,
    http,
    close: async () => {
      await t.close()
      await smtp.close()
      await http.close()
    },
  }
}

/** A correlation event (it reaches the users its marking names, or its audience organizations' users) with a payload that is easy to look for. */
export async function emitCorrelation(t: TestHub, marking: Marking, secret: string, exerciseId: string | null = null): Promise<string> {
  const e = await unitOfWork<{ id: string }, UncheckedEvents>(t.hub.deps, async (u) => {
    const markingId = await saveMarking(u.tx, marking, u.at)
    return u.emit({ type: 'intel.correlation', markingId, marking, exerciseId, subject: {}, payload: { secret } })
  })
  return e.id
}

export const marking = (tlp: Marking['tlp'], originatorOrg: string, extra: Partial<Marking> = {}): Marking => ({ tlp, audienceOrgs: [], audienceUsers: [], originatorOrg, originatorUser: null, ...extra })

/** A person's key pair, as their mail client would hold it. */
export async function personalKey(email: string) {
  const k = await openpgp.generateKey({ type: 'curve25519', userIDs: [{ name: 'Duty Officer', email }], format: 'armored' })
  return { publicKey: k.publicKey, privateKey: await openpgp.readPrivateKey({ armoredKey: k.privateKey }) }
}

export async function hubKey(t: TestHub): Promise<openpgp.Key> {
  const res = await t.client(null).GET('/api/v1/notify/hub-key')
  expect(res.response.status).toBe(200)
  return openpgp.readKey({ armoredKey: res.data!.publicKey })
}

/** The text of a cleartext-signed mail body, once its signature verified with the hub's key (throws otherwise). */
export async function verifiedClearText(body: string, hub: openpgp.Key): Promise<string> {
  const message = await openpgp.readCleartextMessage({ cleartextMessage: body })
  const result = await openpgp.verify({ message, verificationKeys: hub, expectSigned: true })
  return result.data
}

/** The text of an encrypted mail body, decrypted with the person's key and its hub signature verified (throws otherwise). */
export async function decrypted(body: string, privateKey: openpgp.PrivateKey, hub: openpgp.Key): Promise<string> {
  const message = await openpgp.readMessage({ armoredMessage: body })
  const { data } = await openpgp.decrypt({ message, decryptionKeys: privateKey, verificationKeys: hub, expectSigned: true })
  return data as string
}

export const mailsTo = (box: Mailbox, address: string) => box.mails.filter((m) => (Array.isArray(m.to) ? m.to : [m.to]).some((a) => a?.value.some((v) => v.address === address)))

/**
 * `shieldwall notify …`: a person's notification settings, an organization's rota, deliveries,
 * dead letters and acknowledgements, asked of the running hub with the person's own token (only
 * the person sets their own contact details and channels).
 */
import type { Command } from 'commander'
import { readFile } from 'node:fs/promises'
import { CliUsageError, printRecord, printRows, type CliIo } from '../io'
import { answered, clientFor, remoteOptions, type RemoteOptions } from './assistance-remote'
import { wantsJson } from './members'

const CHANNEL_KINDS = ['webhook', 'matrix', 'mattermost', 'teams'] as const
const TOPICS = ['offer', 'answer_due', 'escalation', 'decision', 'nis2_due', 'correlation', 'inject'] as const

function quietHours(spec: string | undefined): { start: string; end: string } | null {
  if (spec === undefined || spec === 'none') return null
  const m = /^(\d\d:\d\d)-(\d\d:\d\d)$/.exec(spec)
  if (!m) throw new CliUsageError('--quiet takes HH:MM-HH:MM (e.g. 22:00-07:00) or none')
  return { start: m[1]!, end: m[2]! }
}

const deliveryColumns = ['createdAt', 'topic', 'channel', 'state', 'attempts', 'sentAt', 'lastError', 'id']

export function registerNotifyCommands(program: Command, io: CliIo): void {
  const notify = program.command('notify').description('notifications: my settings, channels and rules, an organization\u2019s rota, deliveries and dead letters')

  remoteOptions(notify.command('me').description('my contact address, key, quiet hours, channels and rules')).action(async (o: RemoteOptions, cmd: Command) => {
    const me = await answered(clientFor(io, o).GET('/api/v1/notify/me'), 'your settings')
    if (wantsJson(cmd)) return printRecord(io, true, { ...me })
    printRecord(io, false, { email: me.email, pgpKey: me.pgpFingerprint ?? '(none: AMBER reaches you as a notice only)', timeZone: me.timeZone, quietHours: me.quietHours ? `${me.quietHours.start}-${me.quietHours.end}` : 'none' })
    printRows(io, false, me.channels.map((c) => ({ ...c })), ['id', 'kind', 'url', 'signed'])
    printRows(io, false, me.rules.map((r) => ({ ...r, channels: r.channels.join(',') || '(none)', isDefault: r.isDefault ? 'default' : 'mine' })), ['topic', 'channels', 'isDefault', 'meaning'])
  })

  remoteOptions(
    notify
      .command('contact')
      .description('set my time zone, quiet hours, mail address and OpenPGP key')
      .requiredOption('--time-zone <tz>', 'IANA time zone, e.g. Europe/Tallinn')
      .option('--quiet <HH:MM-HH:MM>', 'quiet hours, or none')
      .option('--email <address>', 'where mail goes (default: the account\u2019s address)')
      .option('--pgp-key-file <file>', 'ASCII-armored OpenPGP public key; AMBER mail is encrypted to it'),
  ).action(async (o: RemoteOptions & { timeZone: string; quiet?: string; email?: string; pgpKeyFile?: string }, cmd: Command) => {
    const pgpKey = o.pgpKeyFile === undefined ? undefined : await readFile(o.pgpKeyFile, 'utf8').catch(() => {
      throw new CliUsageError(`cannot read ${o.pgpKeyFile}`)
    })
    const body = { timeZone: o.timeZone, quietHours: quietHours(o.quiet), ...(o.email ? { email: o.email } : {}), ...(pgpKey ? { pgpKey } : {}) }
    const me = await answered(clientFor(io, o).PUT('/api/v1/notify/me', { body }), 'your contact details')
    printRecord(io, wantsJson(cmd), { email: me.email, pgpFingerprint: me.pgpFingerprint, timeZone: me.timeZone, quietHours: me.quietHours })
  })

  const channel = notify.command('channel').description('my webhook and chat channels')
  remoteOptions(
    channel
      .command('add')
      .description('add a channel')
      .argument('<kind>', CHANNEL_KINDS.join(' | '))
      .argument('<url>', 'the receiver\u2019s URL (a chat room\u2019s incoming webhook)')
      .option('--secret <secret>', 'webhooks: the HMAC-SHA256 key of X-Shieldwall-Signature'),
  ).action(async (kind: string, url: string, o: RemoteOptions & { secret?: string }, cmd: Command) => {
    if (!(CHANNEL_KINDS as readonly string[]).includes(kind)) throw new CliUsageError(`the kind is one of ${CHANNEL_KINDS.join(', ')}`)
    const c = await answered(clientFor(io, o).POST('/api/v1/notify/channels', { body: { kind: kind as (typeof CHANNEL_KINDS)[number], url, ...(o.secret ? { secret: o.secret } : {}) } }), 'the channel')
    printRecord(io, wantsJson(cmd), { ...c })
  })
  remoteOptions(channel.command('remove').description('remove a channel').argument('<id>')).action(async (id: string, o: RemoteOptions) => {
    const res = await clientFor(io, o).DELETE('/api/v1/notify/channels/{id}', { params: { path: { id } } })
    if (res.response.status !== 204) throw new CliUsageError(`the hub refused removing the channel (${res.response.status})`)
    io.out(`removed ${id}`)
  })

  remoteOptions(
    notify.command('rule').description('which channels a topic reaches me by').argument('<topic>', TOPICS.join(' | ')).argument('<channels...>', '"email" and channel ids, or none'),
  ).action(async (topic: string, channels: string[], o: RemoteOptions, cmd: Command) => {
    if (!(TOPICS as readonly string[]).includes(topic)) throw new CliUsageError(`the topic is one of ${TOPICS.join(', ')}`)
    const body = { channels: channels.length === 1 && channels[0] === 'none' ? [] : channels }
    const me = await answered(clientFor(io, o).PUT('/api/v1/notify/rules/{topic}', { params: { path: { topic: topic as (typeof TOPICS)[number] } }, body }), 'the rule')
    const rule = me.rules.find((r) => r.topic === topic)!
    printRecord(io, wantsJson(cmd), { ...rule })
  })

  const rota = notify.command('rota').description('an organization\u2019s on-call rota')
  remoteOptions(rota.command('show').description('the rota and who is on duty now').argument('<org>', 'organization id')).action(async (org: string, o: RemoteOptions, cmd: Command) => {
    const r = await answered(clientFor(io, o).GET('/api/v1/notify/orgs/{id}/rota', { params: { path: { id: org } } }), 'the rota')
    if (wantsJson(cmd)) return printRecord(io, true, { ...r })
    io.out(`time zone ${r.timeZone}; acknowledge within ${r.ackMinutes} min; on duty now: ${r.onDutyNow.join(', ') || 'nobody'}`)
    printRows(io, false, r.entries.map((e, i) => ({ order: i + 1, ...e, days: e.days.join(',') })), ['order', 'userId', 'days', 'start', 'end'])
  })
  remoteOptions(
    rota.command('set').description('replace the rota from a JSON file: {"timeZone","ackMinutes","entries":[{"userId","days","start","end"}]}').argument('<org>', 'organization id').argument('<file>'),
  ).action(async (org: string, file: string, o: RemoteOptions, cmd: Command) => {
    let body: unknown
    try {
      body = JSON.parse(await readFile(file, 'utf8'))
    } catch {
      throw new CliUsageError(`${file} is not a readable JSON file`)
    }
    const r = await answered(clientFor(io, o).PUT('/api/v1/notify/orgs/{id}/rota', { params: { path: { id: org } }, body: body as never }), 'the rota')
    printRecord(io, wantsJson(cmd), { entries: r.entries.length, onDutyNow: r.onDutyNow.join(', ') || 'nobody' })
  })

  remoteOptions(notify.command('deliveries').description('my deliveries with their state, newest first')).action(async (o: RemoteOptions, cmd: Command) => {
    const rows = await answered(clientFor(io, o).GET('/api/v1/notify/deliveries'), 'your deliveries')
    printRows(io, wantsJson(cmd), rows.map((r) => ({ ...r })), deliveryColumns)
  })
  remoteOptions(notify.command('dead-letters').description('deliveries that failed for good (admins)')).action(async (o: RemoteOptions, cmd: Command) => {
    const rows = await answered(clientFor(io, o).GET('/api/v1/notify/dead-letters'), 'the dead letters')
    printRows(io, wantsJson(cmd), rows.map((r) => ({ ...r })), ['userId', ...deliveryColumns])
  })
  remoteOptions(notify.command('replay').description('send a dead letter again (admins)').argument('<id>')).action(async (id: string, o: RemoteOptions, cmd: Command) => {
    const d = await answered(clientFor(io, o).POST('/api/v1/notify/dead-letters/{id}/replay', { params: { path: { id } } }), 'the replay')
    printRecord(io, wantsJson(cmd), { id: d.id, state: d.state })
  })
  remoteOptions(notify.command('ack').description('acknowledge an on-duty call: nobody further is called').argument('<escalation>', 'escalation id (in the call\u2019s delivery)')).action(
    async (id: string, o: RemoteOptions, cmd: Command) => {
      const a = await answered(clientFor(io, o).POST('/api/v1/notify/escalations/{id}/ack', { params: { path: { id } } }), 'the acknowledgement')
      printRecord(io, wantsJson(cmd), { ...a })
    },
  )
}

import { Type, type Static } from 'typebox'
import { CHANNEL_KINDS, NOTIFICATION_STATES, TOPICS } from './notify'

const HHMM = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$', description: 'HH:MM' })

export const ContactInput = Type.Object(
  {
    email: Type.Optional(Type.Union([Type.String({ format: 'email', maxLength: 320 }), Type.Null()], { description: 'Where mail goes; null: the account\u2019s e-mail' })),
    pgpKey: Type.Optional(Type.Union([Type.String({ maxLength: 100_000 }), Type.Null()], { description: 'ASCII-armored OpenPGP public key; AMBER mail is encrypted to it' })),
    timeZone: Type.String({ maxLength: 64, description: 'IANA time zone of quiet hours' }),
    quietHours: Type.Union([Type.Object({ start: HHMM, end: HHMM }, { additionalProperties: false }), Type.Null()]),
  },
  { additionalProperties: false },
)
export type ContactInput = Static<typeof ContactInput>

export const ChannelInput = Type.Object(
  {
    kind: Type.Union(CHANNEL_KINDS.map((k) => Type.Literal(k))),
    url: Type.String({ maxLength: 2000 }),
    secret: Type.Optional(Type.String({ minLength: 16, maxLength: 200, description: 'Webhooks: the HMAC-SHA256 key of X-Shieldwall-Signature' })),
  },
  { additionalProperties: false },
)
export type ChannelInput = Static<typeof ChannelInput>

export const ChannelView = Type.Object({ id: Type.String(), kind: Type.String(), url: Type.String(), signed: Type.Boolean(), createdAt: Type.String() })
export type ChannelView = Static<typeof ChannelView>

export const RuleInput = Type.Object({ channels: Type.Array(Type.String({ maxLength: 64 }), { maxItems: 10, description: '"email" and channel ids; empty: this topic reaches me nowhere' }) }, { additionalProperties: false })
export type RuleInput = Static<typeof RuleInput>

export const TopicParams = Type.Object({ topic: Type.Union(TOPICS.map((t) => Type.Literal(t))) })

export const RuleView = Type.Object({ topic: Type.String(), meaning: Type.String(), channels: Type.Array(Type.String()), isDefault: Type.Boolean() })

export const SettingsView = Type.Object({
  email: Type.String(),
  pgpFingerprint: Type.Union([Type.String(), Type.Null()]),
  timeZone: Type.String(),
  quietHours: Type.Union([Type.Object({ start: Type.String(), end: Type.String() }), Type.Null()]),
  channels: Type.Array(ChannelView),
  rules: Type.Array(RuleView),
})
export type SettingsView = Static<typeof SettingsView>

export const RotaEntryInput = Type.Object(
  {
    userId: Type.String({ maxLength: 64 }),
    days: Type.Array(Type.Integer({ minimum: 1, maximum: 7 }), { minItems: 1, maxItems: 7 }),
    start: HHMM,
    end: HHMM,
  },
  { additionalProperties: false },
)
export const RotaInput = Type.Object(
  {
    timeZone: Type.String({ maxLength: 64 }),
    ackMinutes: Type.Integer({ minimum: 1, maximum: 1440, description: 'How long the person on duty has to acknowledge before the next one is called' }),
    entries: Type.Array(RotaEntryInput, { maxItems: 200, description: 'In calling order' }),
  },
  { additionalProperties: false },
)
export type RotaInput = Static<typeof RotaInput>
export const RotaView = Type.Object({
  orgId: Type.String(),
  timeZone: Type.String(),
  ackMinutes: Type.Integer(),
  entries: Type.Array(Type.Object({ userId: Type.String(), days: Type.Array(Type.Integer()), start: Type.String(), end: Type.String() })),
  onDutyNow: Type.Array(Type.String()),
})
export type RotaView = Static<typeof RotaView>

export const DeliveryView = Type.Object({
  id: Type.String(),
  eventId: Type.String(),
  userId: Type.String(),
  channel: Type.String(),
  topic: Type.String(),
  state: Type.Union(NOTIFICATION_STATES.map((s) => Type.Literal(s))),
  attempts: Type.Integer(),
  nextAttemptAt: Type.String(),
  lastError: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
  sentAt: Type.Union([Type.String(), Type.Null()]),
  escalationId: Type.Union([Type.String(), Type.Null()]),
})
export type DeliveryView = Static<typeof DeliveryView>

export const AckView = Type.Object({ escalationId: Type.String(), acknowledged: Type.Boolean(), by: Type.Union([Type.String(), Type.Null()]), at: Type.Union([Type.String(), Type.Null()]) })
export type AckView = Static<typeof AckView>

export const HubKeyView = Type.Object({ publicKey: Type.String(), fingerprint: Type.String() })

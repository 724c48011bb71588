import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { notFound } from '../../core/errors'
import { IdParams as Params } from '../../core/schema'
import type { Deps } from '../../domain/deps'
import { AckView, ChannelInput, ChannelView, ContactInput, DeliveryView, hubPublicKey, HubKeyView, notify, RotaInput, RotaView, RuleInput, SettingsView, TopicParams } from '../../domain/notify'
import { actorOf } from '../../surfaces/auth'

const tags = ['notify']

/** Notifications: my settings, my channels and rules, an organization's rota, deliveries, dead letters, acknowledgements. */
export const notifyRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.get('/notify/me', { schema: { tags, summary: 'My notification settings: contact, key, channels, rules per topic', response: { 200: SettingsView } } }, (req) =>
    notify.mySettings(deps, actorOf(req)),
  )
  app.put('/notify/me', { schema: { tags, summary: 'Set my contact address, OpenPGP key, time zone and quiet hours', body: ContactInput, response: { 200: SettingsView } } }, (req) =>
    notify.setContact(deps, actorOf(req), req.body),
  )
  app.post('/notify/channels', { schema: { tags, summary: 'Add a webhook or chat channel (Matrix, Mattermost, Teams)', body: ChannelInput, response: { 201: ChannelView } } }, async (req, reply) =>
    reply.code(201).send(await notify.addChannel(deps, actorOf(req), req.body)),
  )
  app.delete('/notify/channels/:id', { schema: { tags, summary: 'Remove one of my channels', params: Params, response: { 204: Type.Null() } } }, async (req, reply) => {
    await notify.removeChannel(deps, actorOf(req), req.params.id)
    return reply.code(204).send(null)
  })
  app.put('/notify/rules/:topic', { schema: { tags, summary: 'Which channels a topic reaches me by', params: TopicParams, body: RuleInput, response: { 200: SettingsView } } }, (req) =>
    notify.setRule(deps, actorOf(req), req.params.topic, req.body),
  )
  app.get('/notify/orgs/:id/rota', { schema: { tags, summary: 'An organization\u2019s on-call rota and who is on duty now', params: Params, response: { 200: RotaView } } }, (req) =>
    notify.getRota(deps, actorOf(req), req.params.id),
  )
  app.put('/notify/orgs/:id/rota', { schema: { tags, summary: 'Set an organization\u2019s on-call rota (in calling order)', params: Params, body: RotaInput, response: { 200: RotaView } } }, (req) =>
    notify.setRota(deps, actorOf(req), req.params.id, req.body),
  )
  app.get('/notify/deliveries', { schema: { tags, summary: 'My deliveries with their state, newest first', response: { 200: Type.Array(DeliveryView) } } }, (req) =>
    notify.myDeliveries(deps, actorOf(req)),
  )
  app.get('/notify/dead-letters', { schema: { tags, summary: 'Deliveries that failed for good (admins)', response: { 200: Type.Array(DeliveryView) } } }, (req) =>
    notify.deadLetters(deps, actorOf(req)),
  )
  app.post('/notify/dead-letters/:id/replay', { schema: { tags, summary: 'Send a dead letter again (admins)', params: Params, response: { 200: DeliveryView } } }, (req) =>
    notify.replay(deps, actorOf(req), req.params.id),
  )
  app.post('/notify/escalations/:id/ack', { schema: { tags, summary: 'Acknowledge an on-duty call: nobody further is called', params: Params, response: { 200: AckView } } }, (req) =>
    notify.acknowledgeAsActor(deps, actorOf(req), req.params.id),
  )
  app.get(
    '/notify/ack',
    { config: { auth: 'public' }, schema: { tags, summary: 'Acknowledge by the signed link in a notification', querystring: Type.Object({ token: Type.String({ maxLength: 300 }) }), response: { 200: AckView } } },
    (req) => notify.acknowledgeByToken(deps, req.query.token),
  )
  app.get('/notify/hub-key', { config: { auth: 'public' }, schema: { tags, summary: 'The hub\u2019s OpenPGP public key: every notification mail is signed with it', response: { 200: HubKeyView } } }, async () => {
    const key = await hubPublicKey(deps.db)
    if (!key) throw notFound('Hub key')
    return key
  })
}

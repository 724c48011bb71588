/** Exercise factories for tests: a controller, and an exercise the given nations take part in. */
import { makeUser, type TestHub } from './hub'

const MESSAGE_ONLY = (name: string) => ({
  name,
  start: '2026-04-14T08:00:00.000Z',
  events: [{ serial: 'MSG-1', offset: 'H+00:00', type: 'information', from: 'EXCON', to: [], channel: 'message', content: { text: `Start of ${name}` } }],
})


/** A user holding the controller role, in an organization of the hub's control cell. */
export async function makeController(t: TestHub): Promise<{ id: string; token: string; orgId: string }> {
  const hub = (await t.client().GET('/api/v1/orgs')).data!.find((o) => o.kind === 'hub')!
  return makeUser(t, hub.id, ['controller'])
}

/** Sets up a planned exercise with a one-message scenario (or the one given); returns its id. */
export async function setUpExercise(t: TestHub, name: string, participants: readonly string[], scenario: unknown = MESSAGE_ONLY(name), controller?: { id: string }): Promise<string> {
  const ctl = controller ?? (await makeController(t))
  const res = await t.req('POST', '/api/v1/exercises', { body: { name, participants: participants.map((org) => ({ org })), controllers: [ctl.id], scenario } })
  if (res.statusCode !== 201) throw new Error(`setting up exercise ${name}: ${res.body}`)
  return res.json<{ id: string }>().id
}


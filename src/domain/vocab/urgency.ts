/**
 * Urgency of an assistance request.
 *
 * Source: the hub's own scale (no standard fixes one). `answerWindowHours` is how long offered
 * providers have to accept before the offer expires; `targetResponseHours` is the response-time
 * commitment a provider should meet to score fully in matching.
 */
export const URGENCY_LEVELS = [
  { id: 'critical', answerWindowHours: 1, targetResponseHours: 2 },
  { id: 'high', answerWindowHours: 4, targetResponseHours: 8 },
  { id: 'medium', answerWindowHours: 12, targetResponseHours: 24 },
  { id: 'low', answerWindowHours: 48, targetResponseHours: 72 },
] as const

export type Urgency = (typeof URGENCY_LEVELS)[number]['id']

const BY_ID: ReadonlyMap<string, (typeof URGENCY_LEVELS)[number]> = new Map(URGENCY_LEVELS.map((u) => [u.id, u]))

export const isUrgency = (x: unknown): x is Urgency => typeof x === 'string' && BY_ID.has(x)

export const answerWindowHours = (u: Urgency): number => BY_ID.get(u)!.answerWindowHours
export const targetResponseHours = (u: Urgency): number => BY_ID.get(u)!.targetResponseHours

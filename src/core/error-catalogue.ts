/**
 * Every error code the hub answers with: its HTTP status and what it means, one section per
 * capability (and one for the HTTP adapter). `AppError` takes only these codes, each with its own
 * status, so a code outside the catalogue does not compile; the OpenAPI document lists, per route,
 * the codes it can answer, with these meanings.
 */
export interface CatalogueEntry {
  status: number
  meaning: string
}
type Section = Record<string, CatalogueEntry>

/** The HTTP adapter's own: transport, validation and authentication. */
const http = {
  invalid_request: { status: 400, meaning: 'The parameters, query or body do not match the route’s schema (each field at fault in errors[])' },
  malformed_json: { status: 400, meaning: 'The body is not valid JSON' },
  bad_content_length: { status: 400, meaning: 'Content-Length does not match the body' },
  bad_request: { status: 400, meaning: 'The request is malformed in a way the framework caught' },
  unauthorized: { status: 401, meaning: 'No valid API token: missing, malformed, unknown, revoked or expired' },
  route_not_found: { status: 404, meaning: 'No such route' },
  body_too_large: { status: 413, meaning: 'The body is larger than BODY_LIMIT' },
  unsupported_media_type: { status: 415, meaning: 'The body is not application/json' },
  internal: { status: 500, meaning: 'A fault in the hub; quote the request id to its operators' },
  not_ready: { status: 503, meaning: 'The database does not answer' },
  bad_exercise: { status: 400, meaning: 'The Shieldwall-Exercise header is not an exercise id' },
} as const satisfies Section

/** Shared by every capability. */
const common = {
  forbidden: { status: 403, meaning: 'The caller’s roles do not allow this (see the README’s role table)' },
  not_found: { status: 404, meaning: 'No such object, or one the caller may not see (the same answer)' },
  duplicate: { status: 409, meaning: 'An object with that name, e-mail or country already exists' },
  illegal_transition: { status: 409, meaning: 'The object’s current state does not allow this step (currentState names it)' },
  unknown_sector: { status: 422, meaning: 'Not a NIS2 sector (Annex I or II) or defence' },
  unknown_category: { status: 422, meaning: 'Not a capability category' },
  unknown_language: { status: 422, meaning: 'Not an ISO 639-1 language code' },
  unknown_urgency: { status: 422, meaning: 'Not an urgency level (GET /api/v1/vocab/urgency lists them)' },
  unknown_nation: { status: 422, meaning: 'Not a member nation’s country code' },
  bad_intel_id: { status: 422, meaning: 'Not a STIX identifier (type--uuid)' },
} as const satisfies Section

const members = {
  bad_org: { status: 422, meaning: 'orgId names no organization, or one of the wrong kind for this' },
  bad_parent: { status: 422, meaning: 'parentId names no organization, or one of the wrong kind' },
  parent_required: { status: 422, meaning: 'An organization under a nation needs parentId' },
  country_required: { status: 422, meaning: 'A nation needs its ISO 3166-1 alpha-2 country code' },
  country_not_allowed: { status: 422, meaning: 'Only nations carry a country code' },
  bad_country: { status: 422, meaning: 'Not an ISO 3166-1 alpha-2 code' },
  user_disabled: { status: 409, meaning: 'The user is disabled' },
  already_revoked: { status: 409, meaning: 'The token is already revoked' },
  cannot_disable_self: { status: 409, meaning: 'An admin cannot disable themselves; another admin must' },
  already_disabled: { status: 409, meaning: 'The user is already disabled' },
} as const satisfies Section

/** Signing in: sessions, enrolment, password + TOTP. */
const signin = {
  signin_failed: { status: 401, meaning: 'The e-mail, password or code is wrong (one answer for all, on purpose)' },
  signin_throttled: { status: 429, meaning: 'Too many failed sign-ins for this user or address; Retry-After says when to try again' },
  csrf_required: { status: 403, meaning: 'A request authenticated by the session cookie that changes state needs the session\u2019s X-CSRF-Token header' },
  tls_required: { status: 403, meaning: 'Cookie sign-in needs HTTPS (served by the hub, or by a proxy with TRUST_PROXY); plain HTTP works only on localhost' },
  enrolment_invalid: { status: 410, meaning: 'The enrolment link is unknown, already used or expired (one answer for all); ask for a new one' },
  enrolment_other_user: { status: 403, meaning: 'The enrolment link is for another user than the one signed in' },
  already_enrolled: { status: 409, meaning: 'The user has credentials already; disable and re-enable them to enrol again' },
  weak_password: { status: 422, meaning: 'The password is shorter than 12 characters' },
  bad_totp: { status: 422, meaning: 'The TOTP secret is not the proposed one, or the code does not match it' },
  not_disabled: { status: 409, meaning: 'The user is not disabled' },
  token_for_self_only: { status: 403, meaning: 'API tokens are issued only by their own user; admins may revoke, never mint, others\u2019 tokens' },
  no_session: { status: 401, meaning: 'The request carries no session cookie (API tokens have no session)' },
} as const satisfies Section

const incident = {
  audience_mismatch: { status: 422, meaning: 'The audience does not fit the TLP (RED takes users, AMBER organizations, CLEAR and GREEN none)' },
  unknown_org: { status: 422, meaning: 'An audience organization does not exist' },
  unknown_user: { status: 422, meaning: 'An audience user does not exist' },
  unknown_rsit_class: { status: 422, meaning: 'Not an ENISA RSIT class' },
  unknown_rsit_type: { status: 422, meaning: 'Missing, or not an RSIT type of the class' },
  bad_attack_id: { status: 422, meaning: 'Not an ATT&CK technique id (T1234 or T1234.001)' },
  aware_in_future: { status: 422, meaning: 'The moment of awareness lies in the future' },
  report_before_awareness: { status: 422, meaning: 'A NIS2 report cannot precede the moment of awareness' },
  invalid_date: { status: 422, meaning: 'Not a valid date' },
  nothing_to_add: { status: 422, meaning: 'Widening an audience needs organizations or users to add' },
} as const satisfies Section

const capability = {
  contradictory_serves: { status: 422, meaning: 'A nation is both served only and never served' },
  invalid_working_days: { status: 422, meaning: 'Working days are ISO weekdays 1–7, without repeats' },
  invalid_time_zone: { status: 422, meaning: 'Not an IANA time zone' },
  invalid_time_of_day: { status: 422, meaning: 'Not a time of day (HH:MM)' },
  standby_ends_before_start: { status: 422, meaning: 'A standby period ends after it starts' },
  org_immutable: { status: 422, meaning: 'A capability stays with the organization that lends it' },
} as const satisfies Section

const assistance = {
  unknown_incident: { status: 422, meaning: 'No incident with that id is visible to the caller' },
  unknown_capability: { status: 422, meaning: 'No such capability' },
  summary_not_approved: { status: 422, meaning: 'The sanitized summary is not approved yet' },
  needed_by_past: { status: 422, meaning: 'neededBy lies in the past' },
  not_rateable: { status: 409, meaning: 'The request has no agreed help to rate yet (currentState names its state)' },
  may_not_receive_marking: { status: 422, meaning: 'The provider has nobody who may be named on this RED incident' },
  invalid_weight: { status: 422, meaning: 'A matching weight is not a finite number ≥ 0' },
  invalid_rating_prior: { status: 422, meaning: 'The rating prior is off the 1–5 scale or has no weight' },
} as const satisfies Section

const intel = {
  not_a_bundle: { status: 400, meaning: 'The body is not a STIX 2.1 bundle' },
  invalid_misp_event: { status: 400, meaning: 'The body is not a MISP event' },
  too_many_values: { status: 400, meaning: 'More values than one lookup takes' },
  bad_cursor: { status: 400, meaning: 'The cursor is not one this hub gave out' },
  bundle_rejected: { status: 422, meaning: 'Some objects are invalid, so nothing was imported (errors[] names them; partial=true keeps the valid ones)' },
  invalid_stix_pattern: { status: 422, meaning: 'The STIX pattern does not parse (line and column given)' },
  too_many_objects: { status: 422, meaning: 'Too many objects for a MISP export: export a STIX bundle instead' },
  missing_selection: { status: 422, meaning: 'Name an incident or object ids' },
  invisible_not_reported: { status: 422, meaning: 'Matches the caller may not see are never reported' },
  version_already_held: { status: 409, meaning: 'The organization already holds this version of the object in another world (real or an exercise)' },
  missing_misp_date: { status: 422, meaning: 'A MISP event needs a date (YYYY-MM-DD) or a timestamp' },
  bad_misp_date: { status: 422, meaning: 'The MISP event’s date is not a real YYYY-MM-DD day' },
  bad_misp_timestamp: { status: 422, meaning: 'The MISP event’s timestamp is not a time in epoch seconds' },
} as const satisfies Section

const feeds = {
  bad_feed_url: { status: 422, meaning: 'The feed’s API root is not an http(s) URL free of credentials, query and fragment, or its collection id is not one' },
  bad_feed_auth: { status: 422, meaning: 'The feed’s credentials do not fit their kind (basic: password; bearer: token; none: nothing)' },
  feed_busy: { status: 409, meaning: 'A hub process is polling the feed now' },
} as const satisfies Section

const decision = {
  decision_deadline_past: { status: 422, meaning: 'A proposal’s deadline must be in the future' },
  decision_majority_rule: { status: 422, meaning: 'A majority needs its quorum (at most the addressees) and a threshold of at most 1; other procedures take none' },
  decision_subject: { status: 422, meaning: 'The subject does not fit the kind, or names nothing the caller may see' },
  decision_addressees: { status: 422, meaning: 'A proposal needs addressees (a disclosure none: the hub asks the holders)' },
  decision_params: { status: 422, meaning: 'widen goes with widen_marking, deployment with deploy_team, and each needs its own' },
  decision_answer: { status: 422, meaning: 'The answer is not one the procedure takes, or lacks its reason (object, break_silence), or amends without breaking silence' },
  decision_closed: { status: 409, meaning: 'The proposal takes no more answers: its deadline passed, it was decided or withdrawn (currentState names it)' },
  decision_stale_round: { status: 409, meaning: 'The round answered is not the open one (currentRound names it)' },
  decision_not_broken: { status: 409, meaning: 'Only a silence procedure whose silence was broken is issued again as a new round' },
} as const satisfies Section

const live = {
  bad_filter: { status: 400, meaning: 'The live feed filter is malformed' },
  bad_last_event_id: { status: 400, meaning: 'Last-Event-ID is not the seq of an event' },
} as const satisfies Section

/** Exercises, their scenarios and their clock. */
const exercise = {
  invalid_scenario: { status: 422, meaning: 'The scenario does not validate: each error names its line and field (errors[], problems[])' },
  unknown_participant: { status: 422, meaning: 'A participant (nation code or organization name) names no member organization' },
  bad_controller: { status: 422, meaning: 'A controller names no user holding the controller role' },
  jump_backwards: { status: 422, meaning: 'An exercise clock only jumps forward' },
  inject_released: { status: 409, meaning: 'The inject was released already' },
} as const satisfies Section

/** Notifications: contact details, channels, rules, the rota, acknowledgements. */
const notify = {
  bad_pgp_key: { status: 422, meaning: 'Not a usable OpenPGP public key (armored, with a valid encryption subkey, not a private key)' },
  bad_channel_url: { status: 422, meaning: 'A channel URL must be http:// or https://' },
  unknown_channel: { status: 422, meaning: 'A rule names a channel that is neither "email" nor one of the user’s channels' },
  bad_rota: { status: 422, meaning: 'A rota entry names a user outside the organization, or bad days or times' },
  bad_ack_token: { status: 404, meaning: 'The acknowledgement link is not one this hub signed, or its call is gone' },
  not_dead: { status: 409, meaning: 'Only a dead letter can be replayed' },
} as const satisfies Section

const passkeys = {
  passkey_not_verified: { status: 422, meaning: 'The passkey registration did not verify: challenge unknown, used or expired, another origin or relying party, or already registered' },
  passkey_refused: { status: 401, meaning: 'The passkey sign-in did not verify (one answer for every cause: challenge, origin, credential, signature, counter, disabled user)' },
} as const satisfies Section

const sso = {
  sso_not_configured: { status: 404, meaning: 'The organization has no single sign-on (or the caller may not see it)' },
  sso_not_nation: { status: 422, meaning: 'Single sign-on is set up for a nation, which covers its whole tree' },
  sso_bad_issuer: { status: 422, meaning: 'The issuer does not answer OpenID Connect discovery, or its document names another issuer' },
  sso_key_missing: { status: 409, meaning: 'SSO_SECRET_KEY is not set, so the hub cannot keep a client secret encrypted' },
  sso_refused: { status: 401, meaning: 'The single sign-on did not complete: unknown, used or expired state, state or nonce mismatch, a code or token from another issuer' },
  sso_no_user: { status: 403, meaning: 'The provider named no enabled user of the organization tree it signs in for' },
} as const satisfies Section

/** The TAXII 2.1 surface's own (its answers are TAXII error resources carrying these as error_code). */
const taxii = {
  not_acceptable: { status: 406, meaning: 'The Accept header names no media type this TAXII endpoint serves (application/taxii+json;version=2.1)' },
  bad_taxii_filter: { status: 400, meaning: 'A TAXII filter (added_after, limit, match[…]) is malformed' },
  bad_taxii_next: { status: 400, meaning: 'The TAXII next cursor is not one this hub gave out' },
  not_an_envelope: { status: 400, meaning: 'The body is not a TAXII envelope with an objects array' },
} as const satisfies Section

/** The sections, by owner; a test holds them to distinct codes. */
export const CATALOGUE_SECTIONS = { http, common, members, signin, incident, capability, assistance, intel, feeds, decision, live, notify, passkeys, sso, taxii, exercise } as const

export const ERROR_CATALOGUE = { ...http, ...common, ...members, ...signin, ...incident, ...capability, ...assistance, ...intel, ...feeds, ...decision, ...live, ...notify, ...passkeys, ...sso, ...taxii, ...exercise } as const

export type ErrorCode = keyof typeof ERROR_CATALOGUE
/** The codes answered with this HTTP status. */
export type CodeWithStatus<S extends number> = { [C in ErrorCode]: (typeof ERROR_CATALOGUE)[C]['status'] extends S ? C : never }[ErrorCode]

export const isErrorCode = (s: string): s is ErrorCode => Object.hasOwn(ERROR_CATALOGUE, s)
export const statusOf = (code: ErrorCode): number => ERROR_CATALOGUE[code].status

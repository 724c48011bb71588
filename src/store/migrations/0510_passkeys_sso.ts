import type { Kysely } from 'kysely'

/**
 * Passkeys (WebAuthn credentials and the challenges handed out for them) and single sign-on
 * per nation (an OpenID provider for an organization tree, and the sign-ins begun there).
 * Challenges and sign-in attempts live server-side with an expiry and are taken once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('webauthn_credential')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id'))
    // The authenticator's credential id (base64url): what an assertion names.
    .addColumn('credential_id', 'text', (c) => c.notNull().unique())
    .addColumn('public_key', 'text', (c) => c.notNull())
    .addColumn('counter', 'bigint', (c) => c.notNull())
    .addColumn('transports', 'text', (c) => c.notNull())
    .addColumn('device_type', 'text', (c) => c.notNull())
    .addColumn('backed_up', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .execute()
  await db.schema.createIndex('webauthn_credential_user_idx').on('webauthn_credential').column('user_id').execute()

  await db.schema
    .createTable('webauthn_challenge')
    .addColumn('challenge', 'text', (c) => c.primaryKey())
    .addColumn('purpose', 'text', (c) => c.notNull())
    // Registration binds the challenge to the user registering; sign-in challenges name nobody.
    .addColumn('user_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('webauthn_challenge_expiry_idx').on('webauthn_challenge').column('expires_at').execute()

  await db.schema
    .createTable('sso_provider')
    .addColumn('org_id', 'text', (c) => c.primaryKey().references('org.id'))
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    // AES-256-GCM under SSO_SECRET_KEY: a copy of the database alone does not give the secret.
    .addColumn('client_secret_enc', 'text', (c) => c.notNull())
    .addColumn('claim', 'text', (c) => c.notNull())
    .addColumn('user_attribute', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('sso_attempt')
    // sha256 of the state sent through the browser.
    .addColumn('state_hash', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('org.id'))
    .addColumn('code_verifier', 'text', (c) => c.notNull())
    .addColumn('nonce', 'text', (c) => c.notNull())
    .addColumn('redirect_uri', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('sso_attempt_expiry_idx').on('sso_attempt').column('expires_at').execute()
}

/** The events of the member directory and of credentials. */
import { controlEvent, feedEvent, type EventDefinitions } from '../event-definition'
import type { Org } from './members'

/** Why a credential stopped working before its expiry. */
export type CredentialEnd = 'token_revoked' | 'user_disabled' | 'session_ended'

export interface CredentialRevoked {
  userId: string
  /** The token revoked or the session ended (its id); null when the user was disabled (every credential of theirs ends). */
  tokenId: string | null
  reason: CredentialEnd
}

export const memberEvents = {
  'org.admitted': feedEvent<Org>('the hub admitted an organization'),
  // Every hub process ends the credential's open live connections (close 4001) on this.
  'credential.revoked': controlEvent<CredentialRevoked>('a token was revoked, a session ended or its user disabled'),
} satisfies EventDefinitions

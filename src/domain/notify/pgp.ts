/**
 * OpenPGP for mail: the hub's own key (generated once, kept in the store), checking a key a user
 * gives, signing a clear text and encrypting to a recipient. All through the openpgp package.
 */
import * as openpgp from 'openpgp'
import { unprocessable } from '../../core/errors'

export interface HubKey {
  privateKey: openpgp.PrivateKey
  publicArmored: string
  fingerprint: string
  /** The secret that signs acknowledgement links. */
  ackSecret: string
}

/** A fresh hub key (Curve25519, no passphrase: it lives in the hub's store, like its other secrets). */
export async function generateHubKeyPair(hubName: string, address: string): Promise<{ privateArmored: string; publicArmored: string; fingerprint: string }> {
  const { privateKey, publicKey } = await openpgp.generateKey({ type: 'curve25519', userIDs: [{ name: hubName, email: address }], format: 'armored' })
  const key = await openpgp.readKey({ armoredKey: publicKey })
  return { privateArmored: privateKey, publicArmored: publicKey, fingerprint: key.getFingerprint().toUpperCase() }
}

export async function readHubKey(privateArmored: string, publicArmored: string, fingerprint: string, ackSecret: string): Promise<HubKey> {
  return { privateKey: await openpgp.readPrivateKey({ armoredKey: privateArmored }), publicArmored, fingerprint, ackSecret }
}

/** A user's public key, checked: one key that can encrypt, not a private key. Returns its fingerprint. */
export async function checkRecipientKey(armored: string): Promise<{ armored: string; fingerprint: string }> {
  let key: openpgp.Key
  try {
    key = await openpgp.readKey({ armoredKey: armored })
  } catch {
    throw unprocessable('bad_pgp_key', 'Not an ASCII-armored OpenPGP public key', '/pgpKey')
  }
  if (key.isPrivate()) throw unprocessable('bad_pgp_key', 'That is a private key: give the public key only', '/pgpKey')
  try {
    await key.getEncryptionKey()
  } catch {
    throw unprocessable('bad_pgp_key', 'The key has no valid encryption subkey (expired or revoked?)', '/pgpKey')
  }
  return { armored: key.armor(), fingerprint: key.getFingerprint().toUpperCase() }
}

/** A clear text signed by the hub (inline OpenPGP cleartext signature). */
export async function signText(hub: HubKey, text: string): Promise<string> {
  const message = await openpgp.createCleartextMessage({ text })
  return openpgp.sign({ message, signingKeys: hub.privateKey })
}

/** A text encrypted to the recipient's key and signed by the hub, ASCII-armored. */
export async function encryptText(hub: HubKey, recipientArmored: string, text: string): Promise<string> {
  const encryptionKeys = await openpgp.readKey({ armoredKey: recipientArmored })
  const message = await openpgp.createMessage({ text })
  return openpgp.encrypt({ message, encryptionKeys, signingKeys: hub.privateKey })
}

import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * Participation is a keyed hash of the user id under a per-session secret (docs/anonymity.md, rule 2).
 * The secret is stored only wrapped (AES-256-GCM) under the service's anonymity key, which
 * lives outside Table Storage, and is destroyed when the session closes. Someone reading the
 * tables can therefore not test "did Hanne answer?".
 */
export function newSessionSecret(): Buffer {
  return randomBytes(32);
}

/**
 * The secret one phase's participation and sealing are keyed under: each phase its own, derived
 * from the session's, so that no two phases share a participation row key and copies taken in
 * different phases cannot be joined by key (docs/anonymity.md, rule 9). Sessions started before
 * this (no `phaseKeys`) keep the session's secret in every phase until they close.
 *
 * @example phaseSecret(secret, 'proposals', true) // HMAC(secret, 'phase:proposals'), 32 bytes
 */
export function phaseSecret(secret: Buffer, phase: string, perPhase: boolean | undefined): Buffer {
  return perPhase ? createHmac('sha256', secret).update(`phase:${phase}`).digest() : secret;
}

export function participationKey(secret: Buffer, userId: string): string {
  return createHmac('sha256', secret).update(`participant:${userId}`).digest('hex');
}

/** Keyed hash of any other value (activity ids, row keys) under the same secret. */
export function keyedHash(secret: Buffer, purpose: string, value: string): string {
  return createHmac('sha256', secret).update(`${purpose}:${value}`).digest('hex');
}

export function wrapSecret(secret: Buffer, anonymityKey: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', anonymityKey, iv);
  const body = Buffer.concat([cipher.update(secret), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

export function unwrapSecret(wrapped: string, anonymityKey: Buffer): Buffer {
  const raw = Buffer.from(wrapped, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', anonymityKey, raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]);
}

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

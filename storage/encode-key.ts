import { createHash } from 'node:crypto';

/**
 * Azure Table PartitionKey/RowKey rules: no `/ \ # ?`, no control chars U+0000–U+001F and
 * U+007F–U+009F, at most 1 KiB. Teams/botbuilder keys ("msteams/conversations/19:…@thread.v2/")
 * break the first rule constantly, so every key goes through encodeKey.
 *
 * Encoding: percent-style escaping of ONLY the forbidden chars plus `%` itself (as `%XX`), and of
 * lone UTF-16 surrogates (as `%uXXXX`) so the key is always well-formed Unicode on the wire. Everything
 * else (`:`, `;`, `@`, `'`, æøå, emoji) is kept as-is, so keys stay readable in Storage Explorer.
 */

/**
 * Max encoded length in UTF-16 code units. Azure allows 1 KiB, but Azurite 3.35 rejects keys longer
 * than 512 chars (its DEFAULT_KEY_MAX_LENGTH), and we want identical behaviour locally and in Azure.
 */
export const MAX_KEY_LENGTH = 512;

/**
 * Prefix of the hashed form. `%` followed by a non-hex, non-`u` char never occurs in the escaped
 * form, so a hashed key can never equal the escaped form of some other string.
 */
export const HASHED_KEY_PREFIX = '%sha256-';

const FORBIDDEN = /[%/\\#?\u0000-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function escapeChar(ch: string): string {
  const code = ch.charCodeAt(0);
  // Every forbidden char except lone surrogates is <= U+009F, so two hex digits suffice.
  return code <= 0xff ? `%${code.toString(16).toUpperCase().padStart(2, '0')}` : `%u${code.toString(16).toUpperCase()}`;
}

/**
 * Deterministic, injective mapping of any string to a valid table key. If the escaped form exceeds
 * MAX_KEY_LENGTH, returns `%sha256-<hex of the escaped form>` instead: still deterministic and
 * unique (barring SHA-256 collisions), but NOT reversible — decodeKey throws for such keys.
 */
export function encodeKey(s: string): string {
  const escaped = s.replace(FORBIDDEN, escapeChar);
  if (escaped.length <= MAX_KEY_LENGTH) return escaped;
  // Hash the escaped form (always well-formed UTF-16) so lone surrogates can't collide via U+FFFD.
  return HASHED_KEY_PREFIX + createHash('sha256').update(escaped, 'utf8').digest('hex');
}

/** True when `key` is the irreversible hashed form produced for over-long inputs. */
export function isHashedKey(key: string): boolean {
  return key.startsWith(HASHED_KEY_PREFIX);
}

/** Inverse of encodeKey. Throws for hashed keys and for strings encodeKey could not have produced. */
export function decodeKey(key: string): string {
  if (isHashedKey(key)) {
    throw new Error(`Cannot decode table key "${key.slice(0, 40)}…": it is a SHA-256 digest of an over-long key.`);
  }
  return key.replace(/%(u[0-9A-F]{4}|[0-9A-F]{2})|%/g, (match, hex: string | undefined) => {
    if (hex === undefined) throw new Error(`Cannot decode table key "${key}": stray "%" not produced by encodeKey.`);
    return String.fromCharCode(parseInt(hex.startsWith('u') ? hex.slice(1) : hex, 16));
  });
}

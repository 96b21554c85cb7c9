/**
 * The first string after every string that starts with `prefix` (its last character plus one),
 * so `key ge prefix and key lt prefixEnd(prefix)` is one range query for the prefix.
 *
 * @example prefixEnd('gate|') // 'gate}'
 */
export function prefixEnd(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}

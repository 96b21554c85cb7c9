/**
 * A form field as trimmed text: strings trimmed, finite numbers written out, anything else ''.
 * Card inputs arrive as strings, but a hand-made payload may send numbers or objects.
 *
 * @example fieldText(' 5 ') // '5'
 * @example fieldText({ evil: true }) // ''
 */
export function fieldText(value: unknown): string {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

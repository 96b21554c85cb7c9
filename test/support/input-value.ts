/**
 * The value of the card's input with this id, as the form shows it ('' for an empty input,
 * undefined if there is no such input).
 *
 * @example inputValue(resultForm, 'formulation') // 'Ugentlig registrering af fravær (forvaltningen)'
 */
export function inputValue(node: unknown, id: string): unknown {
  if (Array.isArray(node)) return node.map((n) => inputValue(n, id)).find((v) => v !== undefined);
  if (!node || typeof node !== 'object') return undefined;
  const o = node as Record<string, unknown>;
  if (o.id === id && typeof o.type === 'string' && o.type.startsWith('Input.')) return o.value ?? '';
  return Object.values(o)
    .map((v) => inputValue(v, id))
    .find((v) => v !== undefined);
}

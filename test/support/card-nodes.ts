/** A card element or any other object inside a card, as tests look at it. */
export type Json = Record<string, unknown>;

/** Every object anywhere in the card, depth first, fallbacks included. */
export function nodes(value: unknown, out: Json[] = []): Json[] {
  if (Array.isArray(value)) value.forEach((v) => nodes(v, out));
  else if (value && typeof value === 'object') {
    out.push(value as Json);
    Object.values(value).forEach((v) => nodes(v, out));
  }
  return out;
}

/** Every element of one type, e.g. all 'TextBlock's. */
export const ofType = (card: unknown, type: string): Json[] => nodes(card).filter((n) => n.type === type);

/** The text of every TextBlock, in order. */
export const texts = (card: unknown): string[] => ofType(card, 'TextBlock').map((n) => String(n.text));

/** The chart elements of a card (Chart.VerticalBar, Chart.Pie, …). */
export const charts = (card: unknown): Json[] => nodes(card).filter((n) => String(n.type).startsWith('Chart.'));

/** Whether `text` has `ch` (a markdown character) somewhere without a backslash before it. */
export const bare = (text: string, ch: string): boolean => new RegExp(`(^|[^\\\\])\\${ch}`).test(text);

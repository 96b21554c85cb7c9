/**
 * Every text a person can see on a card, with where it sits: TextBlock and TextRun text, titles
 * (actions, choices, facts, toggles), labels, placeholders, error messages, fact values, chart
 * titles and legends. Action data, ids, verbs and URLs are not shown, so they are left out.
 */
export interface VisibleText {
  path: string;
  text: string;
}

const SHOWN = new Set(['text', 'title', 'label', 'placeholder', 'errorMessage', 'altText', 'fallbackText', 'legend', 'xAxisTitle', 'yAxisTitle', 'x']);
const HIDDEN = new Set(['data', 'id', 'verb', 'url', '$schema', 'refresh', 'msteams']);

export function visibleTexts(value: unknown, path = '$', out: VisibleText[] = []): VisibleText[] {
  if (Array.isArray(value)) value.forEach((v, i) => visibleTexts(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const node = value as Record<string, unknown>;
    // A fact ({ title, value }) shows its value; an input's value is what the person typed.
    const isFact = node.type === undefined && 'title' in node && 'value' in node && !('verb' in node);
    for (const [key, child] of Object.entries(node)) {
      if (HIDDEN.has(key)) continue;
      if (typeof child === 'string' && (SHOWN.has(key) || (key === 'value' && isFact))) out.push({ path: `${path}.${key}`, text: child });
      else visibleTexts(child, `${path}.${key}`, out);
    }
  }
  return out;
}

/** A `{name}` left unfilled, or a template's `${…}`. */
export const PLACEHOLDER = /\$?\{[^{}]*\}/;
/** The letter k standing alone ("færre end k svar", "(k)"): the session's number belongs there. */
export const LONE_K = /(^|[^\p{L}\p{N}_])k(?=$|[^\p{L}\p{N}_])/u;

/** The visible texts with a hole in them, as "path: text" lines for an assertion message. */
export function holesIn(card: unknown): string[] {
  return visibleTexts(card)
    .filter(({ text }) => PLACEHOLDER.test(text) || LONE_K.test(text))
    .map(({ path, text }) => `${path}: ${text}`);
}

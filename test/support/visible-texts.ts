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

export function visibleTexts(value: unknown, path = '$', out: VisibleText[] = [], inFacts = false): VisibleText[] {
  if (Array.isArray(value)) value.forEach((v, i) => visibleTexts(v, `${path}[${i}]`, out, inFacts));
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      if (HIDDEN.has(key)) continue;
      // A fact shows its value; a choice's or an input's value is sent, not read.
      if (typeof child === 'string' && (SHOWN.has(key) || (key === 'value' && inFacts))) out.push({ path: `${path}.${key}`, text: child });
      else visibleTexts(child, `${path}.${key}`, out, key === 'facts');
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

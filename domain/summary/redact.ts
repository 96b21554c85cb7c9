import { terms, words } from './text';

/** What a rare term becomes in a quote: the usual mark for words left out of a quotation. */
export const REDACTED = '[…]';

/** A redacted text is quoted only when it keeps this many content words: less says too little. */
export const MIN_CONTENT_WORDS = 5;

// The mask's own marks ("[NN]", "[e-mail]", "@[…]") and a redaction stay as they are.
const MARK = /@?\[[^\]\s]*\]/gu;
// A word with its suffixes and compound parts ("Bamses", "Fisken-gruppen"), or a number with letters ("3a").
const TOKEN = /@?\[[^\]\s]*\]|[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;
// Rare terms next to each other ("Bamse Fisken", "uge 12-13") become one mark, so their number says nothing.
const RUN = /\[…\](?:[\s,;/&+–-]+\[…\])+/gu;

/**
 * `text` with every word or number in `rare` (as quote-safety.ts's rareTerms gives them) replaced
 * by […], the whole written word: a suffix or a compound part is not left to hint at it. The
 * text's other words stay as written (docs/anonymity.md, rule 7, "Redaction").
 *
 * @example redact('Da Fisken var syg i uge 12 gik alt i stå', ['fisken', '12']) // 'Da […] var syg i uge […] gik alt i stå'
 * @example redact('Kaffe med Bamse Fisken', ['bamse', 'fisken']) // 'Kaffe med […]'
 */
export function redact(text: string, rare: readonly string[]): string {
  const hidden = new Set(rare.map((r) => r.toLowerCase()));
  if (hidden.size === 0) return text;
  const isRare = (token: string) => !token.includes('[') && (words(token).some((w) => hidden.has(w)) || (token.match(/\d+/g) ?? []).some((n) => hidden.has(n)));
  return text.replace(TOKEN, (token) => (isRare(token) ? REDACTED : token)).replace(RUN, REDACTED);
}

/**
 * Whether a redacted text still says something: at least MIN_CONTENT_WORDS different content
 * words (stop words, [NN], […] and numbers do not count).
 *
 * @example saysEnough('[…] er syg, så vi mangler hænder til borgerne i weekenden') // true
 * @example saysEnough('Kaffe med […]') // false
 */
export function saysEnough(text: string): boolean {
  return new Set(terms(text.replace(MARK, ' ')).map((t) => t.surface)).size >= MIN_CONTENT_WORDS;
}

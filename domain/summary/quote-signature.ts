import { dan, eng } from 'stopword';
import notNames from './words/not-names.json';

// Not initials: acronyms ("– TR") and small words, which a shouted text writes in capitals ("PAS PÅ – DU").
const NOT_INITIALS = new Set([...notNames.acronyms.split(/\s+/), ...dan, ...eng].map((w) => w.toLowerCase()));
// Sign-offs that are no word, so they may follow any space ("… hver dag mvh").
const SHORT = String.raw`m\.?v\.?h\.?|v\.?h\.?|k\.?h\.?`;
// Sign-offs that are also words ("en hilsen", "et kram"): only as a sentence or line of their own.
const PHRASE = String.raw`(?:med\s+)?venlig(?:st|e)?\s+hilsen(?:er)?|(?:mange\s+|de\s+bedste\s+|kærlig(?:e|st)?\s+)?hils(?:en|ner)|knus|kram|(?:best|kind|warm)\s+regards|regards|best\s+wishes|cheers`;
// A name or initials after a sign-off or a dash: masked ("[NN]") or up to three letters; after a
// sign-off phrase also one word, a name the mask did not know ("Venlig hilsen Ingeborg").
const WHO = String.raw`\[NN\]\.?|\p{L}{1,3}\.?`;

const AFTER_SIGNOFF = new RegExp(String.raw`(?:^|\s)(?:${SHORT})(?:\s*[,.:]?\s*(?:${WHO}))?\s*[.!]*$|(?:^|[.!?,])\s*(?:${PHRASE})\s*[,.:!]*(?:\s*(?:${WHO}|\p{L}+))?\s*[.!]*$`, 'iu');
const DASHED = /(?:^|[\s.!?,;:])(?:[-–—~]+|\/{1,2})\s*(\[NN\]|\p{Lu}{1,3})\.?\s*$/u;
const ALONE = /[.!?]\s+(\[NN\]|\p{Lu}{1,3})\.?\s*$/u;

/**
 * The text without a personal sign-off at its end: "mvh", "Hilsen [NN]", "/H", "–K", "Tak. KJ"
 * (docs/anonymity.md, rule 7, "Quote form"). Acronyms ("… i MED – TR") are kept; so is the text
 * when nothing else would be left.
 *
 * @example withoutSignature('Flere hænder i ydertimerne /H') // 'Flere hænder i ydertimerne'
 * @example withoutSignature('Mere tid til børnene. Mvh [NN]') // 'Mere tid til børnene.'
 */
export function withoutSignature(text: string): string {
  let out = text.trimEnd();
  for (let round = 0; round < 3; round += 1) {
    const next = cut(out);
    if (next === out || !/\p{L}/u.test(next)) break;
    out = next;
  }
  return out;
}

function cut(text: string): string {
  const signOff = text.match(AFTER_SIGNOFF);
  if (signOff?.index !== undefined) return keepStop(text, signOff.index);
  for (const pattern of [DASHED, ALONE]) {
    const m = text.match(pattern);
    if (m?.index !== undefined && !NOT_INITIALS.has(m[1].toLowerCase())) return keepStop(text, m.index);
  }
  return text;
}

/** Cuts at `at`, keeping the sentence's own full stop or mark if the match began with it. */
function keepStop(text: string, at: number): string {
  return (/[.!?]/.test(text[at]) ? text.slice(0, at + 1) : text.slice(0, at)).trimEnd();
}

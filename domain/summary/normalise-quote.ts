import { dan, eng } from 'stopword';
import { isLexiconWord } from './domain-words';
import { quoteCase } from './quote-case';
import { withoutSignature } from './quote-signature';

// Kept as they are: links, and the mask's own marks ("[e-mail]", "@[…]", a redaction "[…]").
const KEEP = /https?:\/\/\S+|www\.\S+|@?\[(?:…|e-mail)\]/gu;
const HELD = /[\uE000-\uF8FF]/gu;
const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u200D\uFE0E\uFE0F\u20E3]/gu;
// Emoticons stand alone between spaces; "<3" only at a sentence's end, since "<3 timer" is a figure.
const EMOTICON = /(?<=^|\s)(?:[:;=][-'^o]?[)(\][dDpP/\\|*oO3]+|\(:|\^[_.-]?\^|[xX][dD]+|[-oO]_[-oO]|<\/?3+(?=\s*(?:$|[.!\n])))(?=$|\s|[.,!?])/gmu;
const BULLET = /^[\s\-–—•*·>~]+(?=\D)/u;
const STOP = new Set([...dan, ...eng]);

/**
 * A quote in a form that says nothing about its writer, with the same words (docs/anonymity.md,
 * rule 7, "Quote form"): sentence case instead of capitals or all lower case (acronyms such as IT,
 * KL, MED stay), no emoji or emoticons, "!!!" as "!", "..." as "…", "suuuper" as "super", single
 * spaces, no bullets, dashes or line breaks around it, and no sign-off ("mvh", "/H", "–K").
 * Names are masked before this (mask.ts); "[NN]", "[…]" and "[e-mail]" pass through. A text of
 * emoji alone gives ''.
 *
 * @example normaliseQuote('VI HAR ALT FOR MANGE MØDER!!! 😡') // 'Vi har alt for mange møder!'
 * @example normaliseQuote('suuuper godt samarbejde med sfo... :) /H') // 'Super godt samarbejde med SFO…'
 * @example normaliseQuote('- more time for the children\n- fewer meetings') // 'More time for the children. Fewer meetings'
 */
export function normaliseQuote(text: string): string {
  const held: string[] = [];
  let s = text.replace(KEEP, (m) => String.fromCharCode(0xe000 + held.push(m) - 1));
  s = s.replace(EMOJI, '').replace(EMOTICON, '');
  s = joinLines(s);
  s = withoutSignature(s);
  s = punctuation(s);
  s = s.replace(/\p{L}+/gu, unstretched);
  s = quoteCase(s);
  s = s
    .replace(BULLET, '')
    .replace(/[\s\-–—~]+$/u, '')
    .trim();
  return /[\p{L}\p{N}\uE000-\uF8FF]/u.test(s) ? s.replace(HELD, (c) => held[c.charCodeAt(0) - 0xe000]) : '';
}

/** Lines (a list, a paragraph) as sentences on one line, without their bullets. */
function joinLines(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.replace(BULLET, '').trim())
    .filter((line) => /[\p{L}\p{N}\uE000-\uF8FF]/u.test(line));
  return lines.reduce((all, line) => (all === '' ? line : `${all}${/[.!?…:;,]$/.test(all) ? '' : '.'} ${line}`), '');
}

function punctuation(text: string): string {
  return text
    .replace(/[\s\u00A0\u2000-\u200B\u202F\u205F\u3000]+/g, ' ')
    .replace(/(?:\.{2,}|…)+\.*/g, '…')
    .replace(/[!?]{2,}/g, (run) => (run.includes('?') ? '?' : '!'))
    .replace(/([,;:])\1+/g, '$1')
    .replace(/ ?(?:-{2,}|—) ?| - /g, ' – ')
    .replace(/ +([,.;:!?])/g, '$1')
    .replace(/([,;:!?])(?=\p{L})/gu, '$1 ')
    .replace(/ {2,}/g, ' ');
}

/** "suuuper" → "super", "alllle" → "alle": a run of three or more of one letter, as the word it stretches. */
function unstretched(word: string): string {
  if (!/(\p{L})\1\1/iu.test(word) || /^[IVXLCDM]+$/.test(word)) return word;
  const one = word.replace(/(\p{L})\1{2,}/giu, '$1');
  const two = word.replace(/(\p{L})\1{2,}/giu, '$1$1');
  const known = (w: string) => STOP.has(w.toLowerCase()) || isLexiconWord(w);
  return known(one) || !known(two) ? one : two;
}

import type { SubstanceSession } from './substance-fixture';

/** A section of the card: a container set apart by a separator, its first line the label. */
export interface CardSection {
  label: string;
  lines: string[];
}

/** Every string a person sees on the card (texts, titles, labels), in order; chart data is not read. */
export function visibleLines(card: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      for (const key of ['text', 'title', 'label', 'value']) if (typeof o[key] === 'string' && o.type !== 'Input.Text') out.push(o[key] as string);
      for (const [key, value] of Object.entries(o)) if (key !== 'data' && typeof value === 'object') walk(value);
    }
  };
  walk(card);
  return out;
}

/** The card's sections (perspectives, groups, sides, low ratings, distributions). */
export function sectionsOf(card: unknown): CardSection[] {
  const out: CardSection[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.type === 'Container' && o.separator === true) {
        const lines = visibleLines(o.items);
        if (lines.length) out.push({ label: lines[0], lines });
        return;
      }
      for (const [key, value] of Object.entries(o)) if (key !== 'data' && typeof value === 'object') walk(value);
    }
  };
  walk(card);
  return out;
}

/** The quotes on the card: lines that are one quotation, “…” (or cut short, “… …), markdown escapes undone. */
export function quotesOf(lines: readonly string[]): string[] {
  return lines.flatMap((l) => {
    const m = /^“([\s\S]+?)(”| …)$/.exec(l.trim());
    return m ? [m[1].replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, '$1')] : [];
  });
}

const words = (s: string): string[] =>
  s
    .toLowerCase()
    .normalize('NFC')
    .match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Whether `quote` is shown from `answer`: its words, less placeholders ([NN], [e-mail]) and
 * redactions ([…]), appear in the answer in the same order, and cover at least half of its words
 * (at least three, or all of a shorter answer). Case, emoji and punctuation do not count, so a
 * normalised or redacted quote still matches its answer, and a clipped one when half survives.
 *
 * @example quoteOf('Buddet er en [NN]-tekst fra [NN]', 'Buddet er en tekst fra forvaltningen') // 'full'
 * @example quoteOf('Buddet er en tekst fra […]', 'Buddet er en tekst fra forvaltningen') // 'redacted'
 */
export function quoteOf(quote: string, answer: string): 'full' | 'redacted' | undefined {
  const have = words(answer);
  const placeholders = new Set(['nn', 'e', 'mail'].filter((p) => !have.includes(p)));
  const want = words(quote).filter((w) => !placeholders.has(w));
  if (want.length < Math.min(3, have.length) || want.length * 2 < have.length) return undefined;
  let at = 0;
  for (const w of want) {
    while (at < have.length && have[at] !== w) at++;
    if (at === have.length) return undefined;
    at++;
  }
  return quote.includes('[…]') ? 'redacted' : 'full';
}

export interface SessionResult {
  id: string;
  exercise: string;
  language: string;
  k: number;
  people: number;
  answers: number;
  /** Answers quoted whole, quoted with words redacted, and not quoted. */
  full: number;
  redacted: number;
  notQuoted: number;
  /** Answers sharing a word with the label of a theme the card shows (loose). */
  inShownTheme: number;
  units: number;
  unitsReached: number;
  sections: number;
  sectionsHeldBack: number;
  sectionsRedacted: number;
  minorities: { position: string; holders: number; countsTowardTarget: boolean; represented: boolean; by: string[] }[];
  /** Quotes that match no answer: a sign the matcher missed one. */
  unmatchedQuotes: string[];
}

const HELD_BACK = /holdt tilbage|held back|Ingen citater|No quotes|Vises ikke|Not shown|vises ikke|are not shown/;
const REDACTED = /skjult som \[…\]|hidden as \[…\]/;
const HIDDEN = /^(Vises ikke|Not shown)/;

/**
 * What of the session's answers reaches its summary card, read from the card as a team sees it
 * (eval/substance.ts says what each figure means). `labels` are the words of the themes in the
 * summary, for the loose figure; only those also on the card count.
 */
export function measure(session: SubstanceSession, card: unknown, labels: readonly string[]): SessionResult {
  const lines = visibleLines(card);
  const onCard = lines.join('\n').toLowerCase();
  const quotes = quotesOf(lines);
  const sections = sectionsOf(card);
  const shownLabels = new Set(labels.map((l) => l.toLowerCase()).filter((l) => l.length > 2 && onCard.includes(l)));
  const matched = new Set<string>();
  const reach = new Map<string, { kind?: 'full' | 'redacted'; quotes: string[] }>();
  let units = 0;
  let unitsReached = 0;
  let inShownTheme = 0;
  for (const p of session.people) {
    for (const [q, t] of Object.entries(p.texts)) {
      if (!t.text.trim()) continue;
      const mine = quotes.filter((x) => quoteOf(x, t.text));
      mine.forEach((x) => matched.add(x));
      const kind = mine.some((x) => quoteOf(x, t.text) === 'full') ? 'full' : mine.length ? 'redacted' : undefined;
      reach.set(`${p.id}/${q}`, { kind, quotes: mine });
      units += t.units.length;
      unitsReached += t.units.filter(([cue]) => mine.some((x) => x.toLowerCase().includes(cue.toLowerCase()))).length;
      if (words(t.text).some((w) => shownLabels.has(w))) inShownTheme++;
    }
  }
  const all = [...reach.values()];
  const minorities = session.minorities.map((m) => {
    const byQuote = m.holders.filter((h) => reach.get(`${h}/${m.question}`)?.kind);
    const section = m.section ? sections.find((s) => new RegExp(m.section!).test(s.label) && !HIDDEN.test(s.lines[1] ?? '') && s.lines.length > 2) : undefined;
    const by = [...byQuote.map((h) => `quote:${h}`), ...(section ? [`section:${section.label}`] : [])];
    return { position: m.position, holders: m.holders.length, countsTowardTarget: m.holders.length >= session.k, represented: by.length > 0, by };
  });
  return {
    id: session.id,
    exercise: session.exercise,
    language: session.language,
    k: session.k,
    people: session.people.length,
    answers: all.length,
    full: all.filter((r) => r.kind === 'full').length,
    redacted: all.filter((r) => r.kind === 'redacted').length,
    notQuoted: all.filter((r) => !r.kind).length,
    inShownTheme,
    units,
    unitsReached,
    sections: sections.length,
    sectionsHeldBack: sections.filter((s) => s.lines.some((l) => HELD_BACK.test(l))).length,
    sectionsRedacted: sections.filter((s) => s.lines.some((l) => REDACTED.test(l))).length,
    minorities,
    unmatchedQuotes: quotes.filter((x) => !matched.has(x)),
  };
}

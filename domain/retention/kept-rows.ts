import { sizesOnly } from '../summary/theme-size';

/**
 * What of a closed session's partition outlives its retention (docs/data.md, "What the sweep keeps"):
 *
 * - 'session': settings, state, place in Teams and the facilitator (the record the rest belongs to);
 * - 'summary': themes, counts and distributions, with its quotes taken out and each theme's
 *              size instead of its members (keptSummary);
 * - 'votes':   the tally: each proposal put to the vote with its votes. The proposal texts stay,
 *              because the tally means nothing without them and each was shown to everyone;
 * - 'result':  what the team agreed, written by the facilitator.
 *
 * Everything else goes: sealed answers, proposals and ballots ('s|', 'proposals:s|', 'vote:s|'),
 * any open or participation rows a crash left, the gates, the emptied secret, 'once|' markers,
 * the 'proposals' ballot list (its texts that were voted on are in the tally), and the groups'
 * named contributions ('group|', storage/group-contributions.ts): they carry their writers' names
 * and are no more needed than the raw answers once the summary is posted (the card in Teams keeps them). A row kind added
 * later is deleted unless it is named here, so forgetting to think about it errs on deleting.
 */
export const KEPT_ROWS: ReadonlySet<string> = new Set(['session', 'summary', 'votes', 'result']);

/**
 * The summary as it outlives retention: counts and labels only. No quote, and no theme's member
 * list: indices that line up across questions would join one person's answers into a profile in
 * any backup (docs/anonymity.md, "No profile in the kept summary"). A summary stored before sizes
 * replaced members loses them here.
 *
 * @example keptSummary({ perspectives: [{ themes: [{ label: ['tid'], members: [0, 2], quotes: ['Vi mangler tid'] }] }] })
 * // { perspectives: [{ themes: [{ label: ['tid'], quotes: [], quoted: 1, size: 2 }] }] }
 */
export function keptSummary<T>(summary: T): T {
  return sizesOnly(withoutQuotes(summary));
}

/**
 * A stored summary without its quotes: every `quotes` and `otherQuotes` array, at any depth,
 * emptied, and how many there were kept beside it (`quoted`, `otherQuoted`), since a reader of
 * the posted card could count them and the sizes shown must not change (docs/anonymity.md, rule
 * 7.8). Quotes are participants' own sentences; the themes, their words and counts say the same
 * without them.
 *
 * @example withoutQuotes({ perspectives: [{ themes: [{ label: ['tid'], members: [0, 2], quotes: ['Vi mangler tid'] }] }] })
 * // { perspectives: [{ themes: [{ label: ['tid'], members: [0, 2], quotes: [], quoted: 1 }] }] }
 */
export function withoutQuotes<T>(summary: T): T {
  return JSON.parse(JSON.stringify(summary), (_key, value: unknown) => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
    const o = value as Record<string, unknown>;
    const out = { ...o };
    if (Array.isArray(o.quotes)) Object.assign(out, { quotes: [], quoted: o.quoted ?? o.quotes.length });
    if (Array.isArray(o.otherQuotes)) Object.assign(out, { otherQuotes: [], otherQuoted: o.otherQuoted ?? o.otherQuotes.length });
    return out;
  }) as T;
}

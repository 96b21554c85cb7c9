import { oneDecimal } from '../numbers';
import { clearChange } from '../anonymity/coarse';

/** One round's figures by item (summarise-checkin.ts), and whether it reached k at all. */
export interface RoundFigures {
  /** ISO instant the round was due; rounds are ordered by it. */
  dueAt: string;
  metK: boolean;
  figures: Readonly<Record<string, number>>;
  /** The step each figure was rounded to (anonymity/coarse.ts); none in rounds filed before rounding. */
  steps?: Readonly<Record<string, number>>;
}

export interface TrendPoint {
  dueAt: string;
  /** null is a gap: the round did not reach k, or this item was not shown. Never a zero. */
  value: number | null;
  /** The step `value` was rounded to, where the round says (anonymity/coarse.ts). */
  step?: number;
}

export interface ItemTrend {
  item: string;
  /** The last N rounds, oldest first, gaps included, so a chart can leave them empty. */
  series: TrendPoint[];
  /** The newest round's figure, when it counts. */
  latest?: number;
  /** The step `latest` was rounded to, where the round says. */
  latestStep?: number;
  /**
   * The most recent earlier round that counts for this item, however far back. `exact` when it
   * was filed before rounding: then there is no change, since beside an exact figure a change
   * says more about one person than the rounding lets on (docs/anonymity.md, "Figures across rounds").
   */
  previous?: { dueAt: string; value: number; exact?: true };
  /** latest − previous, one decimal; only when both exist and the previous one was rounded. */
  change?: number;
  /** Whether the change is larger than one person could cause (anonymity/coarse.ts clearChange). */
  clear?: boolean;
}

/**
 * Per item: the change since the last round that counted, and a series over the last `lastN`
 * rounds. Only rounds that met k count; a round below k is a gap in the series, and the change
 * is measured against the round before it that did count (and says which one). A change within
 * the figures' rounding steps is not `clear`: one person leaving could have caused it. Against a
 * round filed before rounding (step 0) there is no change, only `previous.exact`.
 *
 * @example trendsOf([{ dueAt: '2027-01-04T08:00:00Z', metK: true, figures: { trust: 60 } },
 *   { dueAt: '2027-02-01T08:00:00Z', metK: false, figures: {} }, { dueAt: '2027-03-01T08:00:00Z', metK: true, figures: { trust: 68 } }])
 * // [{ item: 'trust', series: [60, null, 68 with their dates], latest: 68, previous: { dueAt: '2027-01-04T08:00:00Z', value: 60, exact: true } }]
 * // and with steps: { trust: 20 } and { trust: 10 } on the two rounds: previous: { …, value: 60 }, change: 8, clear: false
 */
export function trendsOf(rounds: readonly RoundFigures[], lastN = 6): ItemTrend[] {
  const ordered = [...rounds].sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
  const valueOf = (r: RoundFigures, item: string) => (r.metK && Object.hasOwn(r.figures, item) && Number.isFinite(r.figures[item]) ? r.figures[item] : null);
  const window = ordered.slice(-Math.max(1, lastN));
  const items = [...new Set(window.filter((r) => r.metK).flatMap((r) => Object.keys(r.figures)))];
  const newest = ordered[ordered.length - 1];
  return items.map((item) => {
    const stepOf = (r: RoundFigures) => r.steps?.[item] ?? 0;
    const series = window.map((r) => ({ dueAt: r.dueAt, value: valueOf(r, item), ...(stepOf(r) && valueOf(r, item) !== null ? { step: stepOf(r) } : {}) }));
    const latest = newest ? valueOf(newest, item) : null;
    const before = ordered
      .slice(0, -1)
      .reverse()
      .find((r) => valueOf(r, item) !== null);
    const previous = before ? { dueAt: before.dueAt, value: valueOf(before, item)!, ...(stepOf(before) ? {} : { exact: true as const }) } : undefined;
    const comparable = latest !== null && previous !== undefined && !previous.exact;
    const clear = comparable ? clearChange({ value: previous.value, step: stepOf(before!) }, { value: latest, step: stepOf(newest!) }) : undefined;
    return {
      item,
      series,
      ...(latest !== null ? { latest, ...(stepOf(newest!) ? { latestStep: stepOf(newest!) } : {}) } : {}),
      ...(previous ? { previous } : {}),
      ...(comparable ? { change: oneDecimal(latest - previous.value), clear } : {}),
    };
  });
}

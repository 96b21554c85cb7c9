import type { RoundFigures } from './trends';

/**
 * Per figure, its value in the latest round before `dueAt` that showed it exactly: a round filed
 * before rounding existed, whose card in the thread still shows the exact figure. A later round
 * is rounded beside it (anonymity/coarse.ts `coarse`, docs/anonymity.md "Figures across rounds"),
 * for as long as the schedule keeps that round in its history.
 *
 * @example exactFigures([{ dueAt: '2026-12-07T08:00:00Z', metK: true, figures: { trust: 63 } },
 *   { dueAt: '2027-01-04T08:00:00Z', metK: true, figures: { trust: 70 }, steps: { trust: 20 } }], '2027-02-01T08:00:00Z')
 * // { trust: 63 }
 */
export function exactFigures(history: readonly RoundFigures[], dueAt: string): Record<string, number> {
  const earlier = history.filter((r) => r.metK && Date.parse(r.dueAt) < Date.parse(dueAt)).sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
  const exact: Record<string, number> = {};
  for (const r of earlier) {
    for (const [item, value] of Object.entries(r.figures)) if (Number.isFinite(value) && !r.steps?.[item]) exact[item] = value;
  }
  return exact;
}

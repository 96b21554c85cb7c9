import type { AnswerTexts } from '../validation/answer';
import { mean } from '../numbers';
import { coarse, type CoarseFigure } from '../anonymity/coarse';
import { scaleValue } from './scale-value';
import { suppressMatrix } from './suppress-matrix';
import { RC_DIMENSIONS, rcQuestionId } from './templates/relationel-koordinering';

/** A figure on the 1–5 scale, or nothing when it would tell too much (suppress-matrix.ts). */
export type RcFigure = { shown: false } | { shown: true; n: number; score: number; step: number };

export type CoordinationScore =
  | { kind: 'relationalCoordination'; shown: false; k: number }
  | {
      kind: 'relationalCoordination';
      shown: true;
      k: number;
      /** Respondents who named a listed group. */
      respondents: number;
      /** The schedule's groups, in its order: rows (who rates) and columns (who is rated). */
      groups: string[];
      /** cells[r][c]: how group r rates group c; the diagonal is never shown. */
      cells: RcFigure[][];
      /** How each group rates the others, over all its ratings. */
      byRater: RcFigure[];
      /** How each group is rated by the others: the usual relational-coordination figure per group. */
      byRated: RcFigure[];
      overall: RcFigure;
    };

/**
 * Relational coordination as a rater group × rated group matrix.
 *
 * A person's rating of a group is the mean of the seven items they answered for it, if they
 * answered at least four; ratings of their own group are left out (relational coordination asks about the
 * other groups). A cell is the mean of its raters' ratings; row, column and overall figures are
 * the mean of all the ratings behind them, and `n` is always the number of distinct people. Each
 * figure is rounded to a step that grows as fewer people are behind it (anonymity/coarse.ts), so
 * a person who leaves or changes group between rounds is not found by subtraction.
 * Nothing is shown below k respondents, and each figure follows suppress-matrix.ts.
 *
 * @param exact each figure as an earlier round showed it exactly, before rounding (exact-figures.ts): the overall figure and
 *   each group as rated, the two a round files; cells and rows were never filed, so have none
 *
 * @example scoreCoordination(answers, ['Lærere', 'Pædagoger'], 5) // 6 teachers rate the pedagogues 4 on every item, 5 pedagogues rate the teachers 3
 * // { shown: true, respondents: 11, cells: [[{ shown: false }, { shown: true, n: 6, score: 4, step: 1 }], [{ shown: true, n: 5, score: 3, step: 1 }, { shown: false }]],
 * //   byRater: [{ …, score: 4 }, { …, score: 3 }], byRated: [{ n: 5, score: 3, step: 1 }, { n: 6, score: 4, step: 1 }], overall: { n: 11, score: 3.5, step: 0.5 } }
 */
export function scoreCoordination(answers: readonly AnswerTexts[], groups: readonly string[], k: number, exact: Readonly<Record<string, number>> = {}): CoordinationScore {
  const listed = [...groups];
  const raters = answers
    .map((a) => listed.indexOf(a.group ?? ''))
    .map((g, person) => ({ g, person, answer: answers[person] }))
    .filter((x) => x.g >= 0);
  if (raters.length < k || raters.length === 0) return { kind: 'relationalCoordination', shown: false, k };
  // ratings[r][c]: one { person, score } per rater in group r who rated group c.
  const ratings = listed.map(() => listed.map(() => [] as { person: number; score: number }[]));
  for (const { g, person, answer } of raters) {
    listed.forEach((_, c) => {
      if (c === g) return;
      const values = RC_DIMENSIONS.map((d) => scaleValue(answer[rcQuestionId(c, d)], 1, 5)).filter((v): v is number => v !== undefined);
      if (values.length >= Math.ceil(RC_DIMENSIONS.length / 2)) ratings[g][c].push({ person, score: mean(values) });
    });
  }
  const visible = suppressMatrix(
    ratings.map((row) => row.map((cell) => cell.map((x) => x.person))),
    k,
  );
  const figure = (cells: { person: number; score: number }[][], shown: boolean, id?: string): RcFigure => {
    const all = cells.flat();
    if (!shown) return { shown: false };
    const n = new Set(all.map((x) => x.person)).size;
    // Rounded for ratings ÷ the most ratings one person gave: whoever rated more groups weighs more.
    const most = Math.max(...[...countBy(all.map((x) => x.person)).values()]);
    const { value, step } = coarse(mean(all.map((x) => x.score)), { min: 1, max: 5 }, all.length / most, id === undefined ? undefined : exact[id]);
    return { shown: true, n, score: value, step };
  };
  return {
    kind: 'relationalCoordination',
    shown: true,
    k,
    respondents: raters.length,
    groups: listed,
    cells: ratings.map((row, r) => row.map((cell, c) => figure([cell], visible.cells[r][c]))),
    byRater: ratings.map((row, r) => figure(row, visible.rows[r])),
    byRated: listed.map((name, c) =>
      figure(
        ratings.map((row) => row[c]),
        visible.cols[c],
        `rated:${name}`,
      ),
    ),
    overall: figure(ratings.flat(), visible.total, 'overall'),
  };
}

/**
 * The figures a trend follows: the overall figure and how each group is rated, where shown, with their steps.
 *
 * @example coordinationFigures(score) // { overall: { value: 3.5, step: 0.5 }, 'rated:Lærere': { value: 3, step: 1 }, 'rated:Pædagoger': { value: 4, step: 1 } }
 */
export function coordinationFigures(score: CoordinationScore): Record<string, CoarseFigure> {
  if (!score.shown) return {};
  const figures: Record<string, CoarseFigure> = {};
  if (score.overall.shown) figures.overall = { value: score.overall.score, step: score.overall.step };
  score.byRated.forEach((f, c) => {
    if (f.shown) figures[`rated:${score.groups[c]}`] = { value: f.score, step: f.step };
  });
  return figures;
}

/** How often each value occurs. */
function countBy<T>(values: readonly T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

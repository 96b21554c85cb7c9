import type { Language } from '../domain/exercise';
import type { CoordinationScore, RcFigure } from '../domain/checkins/score-coordination';
import { escapeMarkdown } from './escape';
import { roundedText } from './figure-text';
import { t } from './i18n';

export interface CoordinationTable {
  columns: { width: number }[];
  /** The header row first: the corner, then the rated groups; then one row per rating group. */
  rows: { cells: string[] }[];
  /** The same cells as sentences, for clients that draw no Table (the element is card version 1.5). */
  fallbackLines: string[];
}

/**
 * Relational coordination as a rater → rated table. A hidden cell says "for få svar", never a
 * number (suppress-matrix.ts decided which); the diagonal, a group rating itself, is not asked and shows "–".
 *
 * @example coordinationTable('da', score) // groups ['Lærere', 'Pædagoger'], Pædagoger rating Lærere hidden
 * // { rows: [{ cells: ['Vurderer ↓ · vurderes →', 'Lærere', 'Pædagoger'] }, { cells: ['Lærere', '–', '3,8'] }, { cells: ['Pædagoger', 'for få svar', '–'] }],
 * //   fallbackLines: ['Lærere om Pædagoger: 3,8', 'Pædagoger om Lærere: for få svar'], … }
 */
export function coordinationTable(lang: Language, score: Extract<CoordinationScore, { shown: true }>): CoordinationTable {
  const names = score.groups.map(escapeMarkdown);
  const text = (f: RcFigure) => figureText(lang, f);
  const fallbackLines = score.cells.flatMap((row, r) => row.flatMap((cell, c) => (r === c ? [] : [t(lang, 'checkin.rc.cellLine', { rater: names[r], rated: names[c], value: text(cell) })])));
  return {
    columns: [{ width: 2 }, ...names.map(() => ({ width: 1 }))],
    rows: [{ cells: [t(lang, 'checkin.rc.corner'), ...names] }, ...score.cells.map((row, r) => ({ cells: [names[r], ...row.map((cell, c) => (r === c ? '–' : text(cell)))] }))],
    fallbackLines,
  };
}

/** @example figureText('da', { shown: true, n: 6, score: 3.8 }) // '3,8' */
export function figureText(lang: Language, figure: RcFigure): string {
  return figure.shown ? roundedText(lang, figure.score, figure.step, { min: 1, max: 5 }) : t(lang, 'checkin.summary.hiddenCell');
}

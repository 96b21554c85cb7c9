import type { ExerciseDefinition, Language } from '../domain/exercise';
import type { RepeatedFigure } from '../domain/summary/repeat-figures';
import { textLines } from './chart-block';
import { fieldsFor } from './question-fields';
import { t } from './i18n';

/**
 * A re-run exercise's scale or choice on the summary card (domain/summary/repeat-figures.ts):
 * that its answers are not shown this time, and why is in the card's note. No chart: nothing per
 * step or option is left to draw.
 *
 * @example repeatedData('da', dilemma, { kind: 'scale', questionId: 'position', shown: true, repeated: true, k: 5, n: 6 })
 * // { label: '…', stats: '', figures: [TextBlock 'Hvordan svarene fordeler sig, vises ikke denne gang …'] }
 */
export function repeatedData(lang: Language, def: ExerciseDefinition, s: RepeatedFigure) {
  const label = fieldsFor(lang, def, [s.questionId])[0].label;
  return { label, stats: '', figures: textLines([t(lang, 'summary.repeatedHidden')]) };
}

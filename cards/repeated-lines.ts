import type { ExerciseDefinition, Language } from '../domain/exercise';
import type { RepeatedChoice, RepeatedScale } from '../domain/summary/repeat-figures';
import { textLines } from './chart-block';
import { roundedText } from './figure-text';
import { fieldsFor } from './question-fields';
import { t } from './i18n';

/**
 * A re-run exercise's scale or choice on the summary card (domain/summary/repeat-figures.ts): a
 * scale's rounded mean, read as a check-in round's ("Gennemsnit: 3 af 5"), and whether the team
 * split; for a choice, that its spread over the options is not shown. No chart: nothing per step
 * or option is left to draw.
 *
 * @example repeatedData('da', dilemma, { kind: 'scale', questionId: 'position', shown: true, repeated: true, k: 5, n: 6, min: 1, max: 5, mean: { value: 3, step: 1 }, split: true })
 * // { label: '…', stats: '', figures: [TextBlock 'Gennemsnit: 3 af 5', TextBlock 'Svarene er delt i to lejre, …'] }
 */
export function repeatedData(lang: Language, def: ExerciseDefinition, s: RepeatedScale | RepeatedChoice) {
  const label = fieldsFor(lang, def, [s.questionId])[0].label;
  if (s.kind === 'choice') return { label, stats: '', figures: textLines([t(lang, 'summary.repeatedChoice')]) };
  const mean = t(lang, 'checkin.summary.roundMean', { value: roundedText(lang, s.mean.value, s.mean.step, s), max: s.max });
  return { label, stats: '', figures: textLines([mean, ...(s.split ? [t(lang, 'checkin.summary.roundSplit')] : [])]) };
}

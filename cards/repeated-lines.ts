import type { ExerciseDefinition, Language } from '../domain/exercise';
import type { RepeatedChoice, RepeatedScale } from '../domain/summary/repeat-figures';
import { textLines } from './chart-block';
import { roundedText } from './figure-text';
import { fieldsFor } from './question-fields';
import { t } from './i18n';

/**
 * A re-run exercise's scale or choice on the summary card (domain/summary/repeat-figures.ts): a
 * scale's rounded mean, rounded as a check-in round's ("Gennemsnit: 3 på skalaen fra 1 (helt uenig) til 5 (helt enig)"), and whether the team
 * split; for a choice, that its spread over the options is not shown. No chart: nothing per step
 * or option is left to draw.
 *
 * @example repeatedData('da', dilemma, { kind: 'scale', questionId: 'position', shown: true, repeated: true, k: 5, n: 6, min: 1, max: 5, mean: { value: 3, step: 1 }, split: true })
 * // { label: '…', stats: '', figures: [TextBlock 'Gennemsnit: 3 på skalaen fra 1 (helt side A) til 5 (helt side B)', TextBlock 'Svarene er delt i to lejre, …'] }
 */
export function repeatedData(lang: Language, def: ExerciseDefinition, s: RepeatedScale | RepeatedChoice) {
  const label = fieldsFor(lang, def, [s.questionId])[0].label;
  if (s.kind === 'choice') return { label, stats: '', figures: textLines([t(lang, 'summary.repeatedChoice')]) };
  const q = def.questions.find((x) => x.id === s.questionId);
  // The ends named, as on the answer card: "4 af 5" alone reads like a mark, not a lean towards side B.
  const end = (n: number, key: string | undefined) => (key ? t(lang, 'summary.finding.scaleEnd', { n, label: t(lang, key) }) : String(n));
  const ends = q?.kind === 'scale' ? { low: end(q.min, q.minLabelKey), high: end(q.max, q.maxLabelKey) } : { low: String(s.min), high: String(s.max) };
  const mean = t(lang, 'summary.repeatedMean', { mean: roundedText(lang, s.mean.value, s.mean.step, s), ...ends });
  return { label, stats: '', figures: textLines([mean, ...(s.split ? [t(lang, 'checkin.summary.roundSplit')] : [])]) };
}

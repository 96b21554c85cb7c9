import type { ExerciseDefinition, Language } from '../domain/exercise';
import type { SessionPlace } from '../domain/session';
import type { ChoiceSummary, ScaleSummary } from '../domain/summary/distribution';
import type { RepeatedFigure } from '../domain/summary/repeat-figures';
import { textLines } from './chart-block';
import { fieldsFor } from './question-fields';
import { t } from './i18n';

/**
 * A scale or choice asked before, on the summary card (domain/summary/repeat-figures.ts): how
 * many answered it, and that their answers are not shown this time; why is in the card's note.
 * The count is who took part, never what they chose (docs/anonymity.md, "Figures across
 * rounds"). No chart: nothing per step or option is left to draw.
 *
 * @example repeatedData('da', dilemma, { kind: 'scale', questionId: 'position', shown: true, repeated: true, k: 5, n: 6 })
 * // { label: '…', stats: '6 svar', figures: [TextBlock 'Hvordan svarene fordeler sig, vises ikke denne gang …'] }
 */
export function repeatedData(lang: Language, def: ExerciseDefinition, s: RepeatedFigure) {
  const label = fieldsFor(lang, def, [s.questionId])[0].label;
  return { label, stats: t(lang, 'summary.perspectiveCount', { count: s.n }), figures: textLines([t(lang, 'summary.repeatedHidden')]) };
}

/**
 * The card's note on what a re-run held back and why (docs/anonymity.md, "Figures across rounds"):
 * all its figures, or how many of the shown questions were asked before, the new ones being shown
 * as usual. Where it was asked before: the team, or a chat outside any team. Empty when none was.
 *
 * @example repeatedNote('da', { …, teamId: 'team-1' }, [repeatedFixed, exactLevel])
 * // 'Tallene vises ikke denne gang ved spørgsmål, der har været stillet før i teamet (1 af 2): …'
 */
export function repeatedNote(lang: Language, place: Pick<SessionPlace, 'teamId' | 'kind'>, figures: readonly (ScaleSummary | ChoiceSummary | RepeatedFigure)[]): string {
  const count = figures.filter((s) => 'repeated' in s).length;
  if (count === 0) return '';
  // A group or meeting chat is its own team (its id in teamId), so it says "i denne chat".
  const where = t(lang, place.teamId && place.kind !== 'chat' ? 'summary.repeatedWhere.team' : 'summary.repeatedWhere.chat');
  // Hidden ones (below k) are not counted: they say why on their own line.
  const total = figures.filter((s) => s.shown).length;
  return count === total ? t(lang, 'summary.repeatedNote', { where }) : t(lang, 'summary.repeatedNoteSome', { where, count, total });
}

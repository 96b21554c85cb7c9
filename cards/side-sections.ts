import type { Language } from '../domain/exercise';
import type { Sides } from '../domain/summary/summarise';
import { t } from './i18n';
import { heldBackText, themeSection, type SummarySection } from './summary-section';

/**
 * The reasons on each side of a dilemma; a side with fewer than k people shows none (docs/anonymity.md,
 * rule 4). Each side says what is in no theme and how much is held back, like a perspective.
 * `repeated`: a re-run in the channel, whose card gives no side's number of answers.
 */
export function sideSections(lang: Language, sides: Sides, k: number, repeated = false): SummarySection[] {
  return (['a', 'b'] as const).map((id) => {
    const side = sides[id];
    const reasons = side.shown ? side.perspectives[0] : undefined;
    return {
      label: t(lang, `summary.side.${id}`),
      // A re-run says no side's size: it is a count of the scale's answers (docs/anonymity.md, "Figures across rounds").
      countText: reasons?.shown ? (repeated ? '' : t(lang, 'summary.perspectiveCount', { count: reasons.count ?? 0 })) : t(lang, 'summary.perspectiveHidden'),
      ...(reasons?.shown ? themeSection(lang, reasons, k) : { themes: [], otherText: '' }),
      heldBackText: heldBackText(lang, reasons?.heldBack),
    };
  });
}

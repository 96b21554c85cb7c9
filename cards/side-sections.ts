import type { Language } from '../domain/exercise';
import type { Sides } from '../domain/summary/summarise';
import { t } from './i18n';
import { heldBackText, themeSection, type SummarySection } from './summary-section';

/**
 * The reasons on each side of a dilemma; a side with fewer than k people shows none (docs/anonymity.md,
 * rule 4). Each side says what is in no theme and how much is held back, like a perspective.
 */
export function sideSections(lang: Language, sides: Sides, k: number): SummarySection[] {
  return (['a', 'b'] as const).map((id) => {
    const side = sides[id];
    const reasons = side.shown ? side.perspectives[0] : undefined;
    return {
      label: t(lang, `summary.side.${id}`),
      countText: reasons?.shown ? t(lang, 'summary.perspectiveCount', { count: reasons.count ?? 0 }) : t(lang, 'summary.perspectiveHidden'),
      ...(reasons?.shown ? themeSection(lang, reasons, k) : { themes: [], otherText: '' }),
      heldBackText: heldBackText(lang, reasons?.heldBack),
    };
  });
}

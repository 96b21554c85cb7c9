import type { ExerciseDefinition, Language } from '../domain/exercise';
import type { LowRatings } from '../domain/summary/low-ratings';
import { fieldsFor } from './question-fields';
import { t } from './i18n';
import { clip } from './render';
import { heldBackText, themeSection, type SummarySection } from './summary-section';

/**
 * "Fra dem, der gav 1–2 på »…«": the comments of the low ratings, one section per question, with
 * themes and quotes under the same rules as every section (docs/anonymity.md, rule 4, "Low ratings").
 * When the others' comments on a question are too few to show apart, the section says so, without
 * a figure.
 */
export function lowRatingSections(lang: Language, def: ExerciseDefinition, low: LowRatings, k: number): SummarySection[] {
  if (!low.comments.shown) return [];
  const scale = clip(fieldsFor(lang, def, [low.scaleId])[0]?.label ?? low.scaleId, 90);
  const label = t(lang, 'summary.lowRatings.title', { range: range(low.low), scale });
  return low.comments.perspectives
    .filter((p) => p.shown)
    .map((p) => ({
      label,
      countText: t(lang, 'summary.lowRatings.count', { count: p.count ?? 0, question: t(lang, p.labelKey) }),
      ...themeSection(lang, p, k),
      heldBackText: [heldBackText(lang, p.heldBack), low.restHeldBack.includes(p.id) ? t(lang, 'summary.lowRatings.restHeldBack', { range: range(low.rest) }) : ''].filter((s) => s !== '').join(' '),
    }));
}

/** "1–2", or "1" for a single step. */
function range(steps: { from: number; to: number }): string {
  return steps.from === steps.to ? String(steps.from) : `${steps.from}–${steps.to}`;
}

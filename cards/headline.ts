import type { ExerciseDefinition, Language } from '../domain/exercise';
import { mainFinding, type MainFinding } from '../domain/summary/main-finding';
import type { Summary } from '../domain/summary/summarise';
import { shortLabel } from './charts';
import { decimal } from './decimal';
import { escapeMarkdown } from './escape';
import { countWord } from './summary-section';
import { fieldsFor } from './question-fields';
import { hasText, t } from './i18n';
import { clip } from './render';

/**
 * The summary's first sentence: how many answered, then its main finding where there is one
 * ("Det største tema er »borgerne · tid« (7 svar)."), else what the card goes on to show.
 * Only for a shown summary; every figure in it is also on the card.
 */
export function headline(lang: Language, def: ExerciseDefinition, summary: Extract<Summary, { shown: true }>): string {
  const finding = mainFinding(summary);
  if (!finding) return t(lang, def.summaryKind === 'perspectives' ? 'summary.headline' : 'summary.headlineMixed', { count: summary.respondents });
  return t(lang, 'summary.headlineFinding', { count: summary.respondents, finding: findingText(lang, def, finding) });
}

function findingText(lang: Language, def: ExerciseDefinition, f: MainFinding): string {
  if (f.kind === 'theme') {
    const label = f.label.map(escapeMarkdown).join(' · ');
    // The three perspectives are short and part of the finding; other questions are too long for a headline.
    const perspective = def.summaryKind === 'perspectives' ? def.questions.find((q) => q.id === f.sectionId) : undefined;
    // Only as exact as the theme's own heading, so the headline resolves nothing the card hides (docs/anonymity.md, rule 7, "Sizes").
    const sized = f.size.kind === 'exact' || f.size.kind === 'range';
    const count = countWord(lang, f.size);
    const section = perspective ? t(lang, perspective.labelKey).toLowerCase() : '';
    if (perspective) return sized ? t(lang, 'summary.finding.themeIn', { label, count, section }) : t(lang, 'summary.finding.themeInNoCount', { label, section });
    return sized ? t(lang, 'summary.finding.theme', { label, count }) : t(lang, 'summary.finding.themeNoCount', { label });
  }
  const field = fieldsFor(lang, def, [f.questionId])[0];
  // The statement's first clause is enough to recognise it ("Vores kerneopgave ligger fast – love og …"),
  // and its own full stop inside the quotation marks would be one too many.
  const question = clip(field.label.split(' – ')[0], 90).replace(/\.$/, '');
  const choices = field.choices ?? [];
  switch (f.kind) {
    case 'scale': {
      const q = def.questions.find((x) => x.id === f.questionId);
      if (q?.kind !== 'scale') throw new Error(`headline(): question '${f.questionId}' of '${def.id}' is not a scale; the summary does not match the exercise.`);
      const end = (n: number, key: string) => t(lang, 'summary.finding.scaleEnd', { n, label: t(lang, key) });
      return t(lang, 'summary.finding.scale', { question, median: decimal(lang, f.median), low: end(q.min, q.minLabelKey), high: end(q.max, q.maxLabelKey) });
    }
    case 'split': {
      const q = def.questions.find((x) => x.id === f.questionId);
      if (q?.kind !== 'scale') throw new Error(`headline(): question '${f.questionId}' of '${def.id}' is not a scale; the summary does not match the exercise.`);
      // Never a median or mean here: with two camps it is a position nobody chose.
      if (!f.camps) return t(lang, 'summary.finding.splitNoCounts', { question });
      return t(lang, 'summary.finding.split', { question, low: f.camps.low, high: f.camps.high, a: sideName(lang, q.minLabelKey), b: sideName(lang, q.maxLabelKey) });
    }
    case 'choice':
      return t(lang, 'summary.finding.choice', { question, option: shortLabel(choices.find((c) => c.value === f.value)?.title ?? f.value, 60), count: f.count, n: f.n });
    case 'gap': {
      const name = (i: number) => t(lang, 'summary.finding.option', { option: shortLabel(choices[i]?.title ?? String(i), 60) });
      // A median halfway between two steps is said as such, never rounded to one of them.
      const step = (x: number) => (Number.isInteger(x) ? name(x) : t(lang, 'summary.finding.between', { a: name(Math.floor(x)), b: name(Math.ceil(x)) }));
      return t(lang, 'summary.finding.gap', { now: step(f.median.now), shouldBe: step(f.median.shouldBe) });
    }
  }
}

/**
 * A scale's end as a camp is named: its own short name where the label is a generic end ("helt
 * side A" names "side A"), else the label itself, quoted (a team's own dilemma's sides).
 *
 * @example sideName('da', 'scale.sides.min') // 'side A'
 */
function sideName(lang: Language, labelKey: string): string {
  return hasText(lang, `${labelKey}.name`) ? t(lang, `${labelKey}.name`) : t(lang, 'summary.finding.quotedSide', { side: shortLabel(t(lang, labelKey), 60) });
}

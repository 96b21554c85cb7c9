import type { ExerciseDefinition, Language, Question } from '../domain/exercise';
import { escapeMarkdown } from './escape';
import { t } from './i18n';

/** One input on a card, whatever kind of question it asks. Templates pick the element by `kind`. */
export interface Field {
  id: string;
  kind: 'text' | 'choice';
  label: string;
  hint: string;
  maxChars?: number;
  /** "Højst 1.000 tegn": a text input says its limit, so nothing is cut without the writer knowing. */
  limit?: string;
  choices?: { title: string; value: string }[];
  style?: 'expanded' | 'compact';
  value?: string;
}

/** What a session adds to its questions' texts: the groups to choose from, and its k for hints that name it. */
export interface FieldContext {
  groups?: readonly string[];
  k?: number;
}

/**
 * The inputs for `ids` of the exercise's questions. Scales and choices become choice sets whose
 * titles carry the whole meaning ("1 – helt uenig"), so nothing depends on colour or layout.
 *
 * @example fieldsFor('da', relationalCoordinationFor(['Pædagogerne']), ['rc_0_timely'])[0].label
 * // 'Pædagogerne: Vi får besked i tide, så vi kan nå at handle.'
 */
export function fieldsFor(lang: Language, def: ExerciseDefinition, ids: readonly string[], context: FieldContext = {}): Field[] {
  return def.questions.filter((q) => ids.includes(q.id)).map((q) => fieldOf(lang, q, context));
}

/**
 * "Højst 1.000 tegn" / "At most 1,000 characters", the limit written as the language writes numbers.
 *
 * @example limitText('da', 1000) // 'Højst 1.000 tegn'
 */
export function limitText(lang: Language, max: number): string {
  return t(lang, 'answer.limit', { max: max.toLocaleString(lang === 'da' ? 'da-DK' : 'en-GB') });
}

function fieldOf(lang: Language, q: Question, { groups = [], k }: FieldContext): Field {
  // A group's name is written by people: escaped, since the label is markdown (ScaleQuestion.labelVars).
  const labelVars = q.kind === 'scale' && q.labelVars ? Object.fromEntries(Object.entries(q.labelVars).map(([name, value]) => [name, escapeMarkdown(value)])) : {};
  const hintVars: Record<string, number> = k === undefined ? {} : { k };
  const base = { id: q.id, label: t(lang, q.labelKey, labelVars), hint: q.hintKey ? t(lang, q.hintKey, hintVars) : '' };
  switch (q.kind) {
    case 'freeText':
      return { ...base, kind: 'text', maxChars: q.maxChars, limit: limitText(lang, q.maxChars) };
    case 'scale': {
      const steps = Array.from({ length: q.max - q.min + 1 }, (_, i) => q.min + i);
      const title = (n: number) => (n === q.min ? `${n} – ${t(lang, q.minLabelKey)}` : n === q.max ? `${n} – ${t(lang, q.maxLabelKey)}` : String(n));
      return { ...base, kind: 'choice', style: 'expanded', choices: steps.map((n) => ({ title: title(n), value: String(n) })) };
    }
    case 'choice':
      return { ...base, kind: 'choice', style: 'expanded', choices: q.options.map((o) => ({ title: t(lang, o.labelKey), value: o.value })) };
    case 'group':
      return { ...base, kind: 'choice', style: 'compact', choices: groups.map((g) => ({ title: g, value: g })) };
  }
}

import type { ExerciseDefinition, Language, Question } from '../domain/exercise';
import { t } from './i18n';

/** One input on a card, whatever kind of question it asks. Templates pick the element by `kind`. */
export interface Field {
  id: string;
  kind: 'text' | 'choice';
  label: string;
  hint: string;
  maxChars?: number;
  choices?: { title: string; value: string }[];
  style?: 'expanded' | 'compact';
  value?: string;
}

/**
 * The inputs for `ids` of the exercise's questions. Scales and choices become choice sets whose
 * titles carry the whole meaning ("1 – helt uenig"), so nothing depends on colour or layout.
 */
export function fieldsFor(lang: Language, def: ExerciseDefinition, ids: readonly string[], groups: readonly string[] = []): Field[] {
  return def.questions.filter((q) => ids.includes(q.id)).map((q) => fieldOf(lang, q, groups));
}

function fieldOf(lang: Language, q: Question, groups: readonly string[]): Field {
  const base = { id: q.id, label: t(lang, q.labelKey), hint: q.hintKey ? t(lang, q.hintKey) : '' };
  switch (q.kind) {
    case 'freeText':
      return { ...base, kind: 'text', maxChars: q.maxChars };
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

import type { ExerciseDefinition, Question } from '../exercise';
import type { Checked, Problem } from './problem';

/** One participant's answer: question id → text. Carries nothing about who wrote it. */
export type AnswerTexts = Record<string, string>;

/**
 * Checks what a participant sent for the questions they were asked: free text within its limit,
 * a scale step within the scale, a choice among the options, a group from the session's list.
 * Never shortens silently: an over-long text is refused with the limit, and the card gives it back.
 */
export function checkAnswer(def: ExerciseDefinition, asked: readonly string[], input: Record<string, unknown>, groups: readonly string[] = []): Checked<AnswerTexts> {
  const problems: Problem[] = [];
  const texts: AnswerTexts = {};
  for (const question of def.questions.filter((q) => asked.includes(q.id))) {
    const raw = Object.hasOwn(input, question.id) ? input[question.id] : undefined;
    if (raw === undefined || raw === null || raw === '') continue;
    if (typeof raw !== 'string' && !(typeof raw === 'number' && question.kind === 'scale')) {
      problems.push({ field: question.id, key: 'answer.error.wrongType' });
      continue;
    }
    const problem = checkOne(question, String(raw), groups);
    if (typeof problem === 'object') problems.push(problem);
    else if (problem) texts[question.id] = problem;
  }
  if (problems.length === 0 && Object.keys(texts).length === 0) problems.push({ key: 'answer.error.empty' });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: texts };
}

/** The clean value, or the problem with it; '' means "left empty". */
function checkOne(question: Question, raw: string, groups: readonly string[]): string | Problem {
  switch (question.kind) {
    case 'freeText': {
      const clean = normalise(raw);
      if (clean.length <= question.maxChars) return clean;
      return { field: question.id, key: 'answer.error.tooLong', vars: { max: question.maxChars, length: clean.length, question: question.labelKey } };
    }
    case 'scale': {
      const n = Number(raw.trim());
      return Number.isInteger(n) && n >= question.min && n <= question.max ? String(n) : { field: question.id, key: 'answer.error.notAnOption', vars: { question: question.labelKey } };
    }
    case 'choice':
      return question.options.some((o) => o.value === raw) ? raw : { field: question.id, key: 'answer.error.notAnOption', vars: { question: question.labelKey } };
    case 'group':
      return groups.includes(raw) ? raw : { field: question.id, key: 'answer.error.notAnOption', vars: { question: question.labelKey } };
  }
}

/** Trims, unifies line breaks and drops control and invisible formatting characters (zero-width, bidi overrides). */
export function normalise(raw: string): string {
  return raw
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g, '')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

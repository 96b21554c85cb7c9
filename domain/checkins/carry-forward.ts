import { literal, type ChoiceQuestion, type ExerciseDefinition } from '../exercise';
import { summariseChoice, type ChoiceSummary } from '../summary/distribution';
import type { AnswerTexts } from '../validation/answer';
import { normalise } from '../validation/answer';
import type { Checked } from '../validation/problem';

/** At most this many actions are carried into the next round, so the round's card stays short (docs/data.md, `schedules`: up to three). */
export const CARRIED_MAX = 3;
/** The same limit as an action in the agreed result (validation/result.ts). */
export const CARRIED_ACTION_MAX = 300;

const OPTIONS = [
  { value: 'yes', labelKey: 'checkin.carried.yes' },
  { value: 'partly', labelKey: 'checkin.carried.partly' },
  { value: 'no', labelKey: 'checkin.carried.no' },
] as const;

/**
 * The actions the facilitator (or the team's vote) marked in a round's summary thread, cleaned:
 * trimmed, blanks dropped, repeats (ignoring case) dropped, at most CARRIED_MAX, each within the limit.
 * Only the action's text is carried, never who was to do it: the next round asks about "us".
 *
 * @example checkCarriedActions(['Fast punkt på personalemødet', ' ', 'fast punkt på personalemødet'])
 * // { ok: true, value: ['Fast punkt på personalemødet'] }
 */
export function checkCarriedActions(input: readonly unknown[]): Checked<string[]> {
  const actions: string[] = [];
  for (const raw of input) {
    const action = typeof raw === 'string' ? normalise(raw).replace(/\s+/g, ' ') : '';
    if (action && !actions.some((a) => a.toLowerCase() === action.toLowerCase())) actions.push(action);
  }
  const tooLong = actions.find((a) => a.length > CARRIED_ACTION_MAX);
  if (tooLong) return { ok: false, problems: [{ field: 'actions', key: 'checkin.error.actionTooLong', vars: { max: CARRIED_ACTION_MAX, length: tooLong.length } }] };
  if (actions.length > CARRIED_MAX) return { ok: false, problems: [{ field: 'actions', key: 'checkin.error.tooManyActions', vars: { max: CARRIED_MAX } }] };
  return { ok: true, value: actions };
}

/**
 * The question id of the n-th carried action (0-based), and the test for one.
 *
 * @example carriedQuestionId(0) // 'carried1'
 * @example isCarriedQuestion('carried2') // true
 */
export const carriedQuestionId = (n: number) => `carried${n + 1}`;
export const isCarriedQuestion = (id: string) => /^carried\d$/.test(id);

/**
 * The round's definition with one "Did we do this?" item per carried action, after the
 * template's own questions. The action is shown exactly as the team wrote it (a literal).
 *
 * @example withCarriedActions(kerneopgaveTjek, ['Fast punkt på personalemødet']).questions.at(-1)
 * // { kind: 'choice', id: 'carried1', labelKey: '=Fast punkt på personalemødet', hintKey: 'checkin.carried.hint', options: [yes, partly, no] }
 */
export function withCarriedActions(def: ExerciseDefinition, actions: readonly string[]): ExerciseDefinition {
  const items = actions.slice(0, CARRIED_MAX).map((action, n): ChoiceQuestion => ({
    kind: 'choice',
    id: carriedQuestionId(n),
    labelKey: literal(action),
    hintKey: 'checkin.carried.hint',
    options: OPTIONS,
  }));
  return items.length ? { ...def, questions: [...def.questions, ...items] } : def;
}

export interface CarriedSummary {
  action: string;
  /** yes / partly / no, with counts only from k answers to this item (docs/anonymity.md, rule 4). */
  answers: ChoiceSummary;
}

/**
 * What the team said about each carried action.
 *
 * @example summariseCarried(['Fast punkt på personalemødet'], answers, 5)
 * // [{ action: 'Fast punkt på personalemødet', answers: { kind: 'choice', shown: true, n: 6,
 * //    counts: [{ value: 'yes', count: 3 }, { value: 'partly', count: 2 }, { value: 'no', count: 1 }], shares: [...] } }]
 */
export function summariseCarried(actions: readonly string[], answers: readonly AnswerTexts[], k: number): CarriedSummary[] {
  return actions.slice(0, CARRIED_MAX).map((action, n) => {
    const id = carriedQuestionId(n);
    const question: ChoiceQuestion = { kind: 'choice', id, labelKey: literal(action), options: OPTIONS };
    const values = answers.map((a) => a[id]).filter((v): v is string => typeof v === 'string');
    return { action, answers: summariseChoice(question, values, k) };
  });
}

import type { Checked, Problem } from './problem';
import { normalise } from './answer';

/** What the team agreed at the end of an exercise: a formulation and up to three actions. */
export interface AgreedResult {
  formulation: string;
  /** `when` is a local date, "YYYY-MM-DD": by when the action is to be done. */
  actions: { action: string; who?: string; when?: string }[];
}

/** The server's limits; the form's inputs take the same as maxLength and say them, so the facilitator learns a limit before typing past it rather than from a refusal. */
export const FORMULATION_MAX = 1000;
export const ACTION_MAX = 300;
export const WHO_MAX = 100;
export const RESULT_ACTIONS = 3;

/** Field names for action n (1-based): what, who and by when. */
export const actionField = (n: number) => `action${n}`;
export const whoField = (n: number) => `who${n}`;
export const whenField = (n: number) => `when${n}`;

/**
 * The facilitator's result form. A formulation is required; an action may name who does it and
 * by when. A name is the team's own choice to write down, so it is stored and shown as written.
 * A date must be a real calendar date, today (`today`, local "YYYY-MM-DD") or later; a who or a
 * date without an action is refused rather than dropped, so nothing typed is silently lost.
 *
 * @example checkResult({ formulation: 'Færre skemaer', action1: 'Spørg forvaltningen', when1: '2027-03-01' }, '2027-02-10')
 * // { ok: true, value: { formulation: 'Færre skemaer', actions: [{ action: 'Spørg forvaltningen', when: '2027-03-01' }] } }
 */
export function checkResult(input: Record<string, unknown>, today: string): Checked<AgreedResult> {
  const problems: Problem[] = [];
  const text = (key: string) => (typeof input[key] === 'string' ? normalise(input[key] as string) : '');
  const formulation = text('formulation');
  if (!formulation) problems.push({ field: 'formulation', key: 'result.error.formulation' });
  if (formulation.length > FORMULATION_MAX) problems.push({ field: 'formulation', key: 'result.error.tooLong', vars: { max: FORMULATION_MAX } });
  const actions: AgreedResult['actions'] = [];
  for (let n = 1; n <= RESULT_ACTIONS; n++) {
    const action = text(actionField(n));
    const who = text(whoField(n));
    const when = text(whenField(n));
    if (action.length > ACTION_MAX) problems.push({ field: actionField(n), key: 'result.error.tooLong', vars: { max: ACTION_MAX } });
    else if (who.length > WHO_MAX) problems.push({ field: whoField(n), key: 'result.error.tooLong', vars: { max: WHO_MAX } });
    else if (when && !isCalendarDate(when)) problems.push({ field: whenField(n), key: 'result.error.date', vars: { n } });
    else if (when && when < today) problems.push({ field: whenField(n), key: 'result.error.datePast', vars: { n } });
    else if (!action && (who || when)) problems.push({ field: actionField(n), key: 'result.error.noAction', vars: { n } });
    else if (action) actions.push({ action, ...(who ? { who } : {}), ...(when ? { when } : {}) });
  }
  return problems.length ? { ok: false, problems } : { ok: true, value: { formulation, actions } };
}

/**
 * "YYYY-MM-DD" naming a day that exists, as Input.Date sends it.
 *
 * @example isCalendarDate('2027-02-29') // false
 */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value;
}

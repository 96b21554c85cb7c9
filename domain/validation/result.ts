import type { Checked, Problem } from './problem';
import { normalise } from './answer';

/** What the team agreed at the end of an exercise: a formulation and up to three actions. */
export interface AgreedResult {
  formulation: string;
  actions: { action: string; who?: string }[];
}

const FORMULATION_MAX = 1000;
const ACTION_MAX = 300;
const WHO_MAX = 100;

/**
 * The facilitator's result form. A formulation is required; an action may name who does it.
 * A name is the team's own choice to write down, so it is stored and shown as written.
 */
export function checkResult(input: Record<string, unknown>): Checked<AgreedResult> {
  const problems: Problem[] = [];
  const text = (key: string) => (typeof input[key] === 'string' ? normalise(input[key] as string) : '');
  const formulation = text('formulation');
  if (!formulation) problems.push({ field: 'formulation', key: 'result.error.formulation' });
  if (formulation.length > FORMULATION_MAX) problems.push({ field: 'formulation', key: 'result.error.tooLong', vars: { max: FORMULATION_MAX } });
  const actions: AgreedResult['actions'] = [];
  for (const n of [1, 2, 3]) {
    const action = text(`action${n}`);
    const who = text(`who${n}`);
    if (action.length > ACTION_MAX || who.length > WHO_MAX) problems.push({ field: `action${n}`, key: 'result.error.tooLong', vars: { max: ACTION_MAX } });
    else if (action) actions.push({ action, ...(who ? { who } : {}) });
  }
  return problems.length ? { ok: false, problems } : { ok: true, value: { formulation, actions } };
}

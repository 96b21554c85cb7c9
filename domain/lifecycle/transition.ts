import type { Session } from '../session';

/**
 * Why a transition does not apply to the session as it is now. A refusal is not an error: a
 * repeated click, a second instance or a crash-restart meets the session already moved on.
 */
export type Refusal = 'notOpen' | 'notClosing' | 'notResultPhase' | 'closed' | 'cancelled' | 'notDue' | 'claimed' | 'posted' | 'withheld' | 'swept' | 'unchanged';

/** A lifecycle step: the session as it should be next, or why it stays as it is. */
export type Transition = (session: Session) => Session | { refused: Refusal };

/**
 * Whether an edit's result is a refusal rather than a value: an object whose one key is a string
 * `refused`, which no stored record is (storage/guarded-change.ts uses the same test).
 */
export function isRefusal<T>(x: T | { refused: string }): x is { refused: string } {
  return typeof x === 'object' && x !== null && Object.keys(x).length === 1 && typeof (x as { refused?: unknown }).refused === 'string';
}

export function refuse(refused: Refusal): { refused: Refusal } {
  return { refused };
}

import type { Session } from '../session';

/**
 * Why a transition does not apply to the session as it is now. A refusal is not an error: a
 * repeated click, a second instance or a crash-restart meets the session already moved on.
 */
export type Refusal =
  | 'notOpen'
  | 'notClosing'
  | 'notResultPhase'
  | 'closed'
  | 'cancelled'
  | 'notDue'
  | 'claimed'
  | 'posted'
  | 'withheld'
  | 'swept'
  | 'unchanged';

/** A lifecycle step: the session as it should be next, or why it stays as it is. */
export type Transition = (session: Session) => Session | { refused: Refusal };

export function isRefusal(x: Session | { refused: Refusal }): x is { refused: Refusal } {
  return 'refused' in x;
}

export function refuse(refused: Refusal): { refused: Refusal } {
  return { refused };
}

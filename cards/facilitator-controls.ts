import { facilitatorIds, nextPhase, phaseOf, type Session } from '../domain/session';
import type { ExerciseDefinition } from '../domain/exercise';
import { executeAction } from './execute-action';
import { t } from './i18n';
import type { AdaptiveCard } from './render';

/** Teams takes at most 60 user ids in a card's `refresh.userIds` (docs/security.md, "Who sees the buttons"). */
export const REFRESH_USERS_MAX = 60;

/** Who steers the session: the facilitator first, then co-facilitators, as many as Teams allows. */
export function steererIds(session: Pick<Session, 'facilitator' | 'coFacilitators'>): string[] {
  return facilitatorIds(session).slice(0, REFRESH_USERS_MAX);
}

/**
 * The facilitator's own buttons for an open session: end the phase (after one confirmation) or
 * write the result, and cancel. Only people in `steererIds` are ever shown them (docs/security.md).
 */
export function controlActions(session: Session, def: Pick<ExerciseDefinition, 'phases'>): Record<string, unknown>[] {
  if (session.state !== 'open') return [];
  const lang = session.settings.language;
  const phase = phaseOf(session);
  const last = nextPhase(def, phase) === undefined;
  const data = { sessionId: session.id };
  const noun = session.round ? 'round' : 'exercise';
  const end =
    phase === 'result'
      ? executeAction(t(lang, 'phase.result.advance'), 'session.close', data, 'positive')
      : executeAction(t(lang, phase === 'answer' && last ? `controls.close.${noun}` : `phase.${phase}.advance`), 'session.closeAsk', data);
  return [end, executeAction(t(lang, `controls.cancel.${noun}`), 'session.cancel', data, 'destructive')];
}

/**
 * A Teams user-specific view: everyone sees `card`, and the people in `userIds` get the card that
 * `verb` returns for them instead (Teams calls it when they look at the message).
 */
export function withRefresh(card: AdaptiveCard, verb: string, data: Record<string, string>, userIds: readonly string[]): AdaptiveCard {
  const ids = userIds.slice(0, REFRESH_USERS_MAX);
  if (ids.length === 0) return card;
  return { ...card, refresh: { action: { type: 'Action.Execute', verb, data: { verb, ...data } }, userIds: ids } };
}

/**
 * `card` with the facilitator's buttons (and `extra` ones) in a box of their own: at the top of
 * the shared card, so she need not scroll past every question to reach them, or at the end of a
 * short note. One button a row, so no title is cut off at phone width.
 */
export function withControls(card: AdaptiveCard, session: Session, def: Pick<ExerciseDefinition, 'phases'>, at: 'top' | 'end', extra: readonly Record<string, unknown>[] = []): AdaptiveCard {
  const actions = [...controlActions(session, def), ...extra];
  if (actions.length === 0) return card;
  const box = {
    type: 'Container',
    style: 'emphasis',
    spacing: 'Medium',
    items: [{ type: 'TextBlock', text: t(session.settings.language, 'controls.heading'), wrap: true, size: 'Small', weight: 'Bolder' }, ...actions.map((a) => ({ type: 'ActionSet', actions: [a] }))],
  };
  const body = (card.body as unknown[] | undefined) ?? [];
  // Below the title and the exercise's name, which are the card's first two lines when it has them.
  const titles = body.findIndex((el, i) => i > 0 && !((el as { size?: string; isSubtle?: boolean }).size === 'Large' || (el as { isSubtle?: boolean }).isSubtle));
  const index = at === 'end' ? body.length : Math.max(1, titles);
  return { ...card, body: [...body.slice(0, index), box, ...body.slice(index)] };
}

import { errorCard } from '../cards/notice-card';
import type { AdaptiveCard } from '../cards/render';
import type { Language } from '../domain/exercise';
import type { Session } from '../domain/session';

/** What a dialog step answers to the person who clicked: a card only they see. */
export interface PrivateReply {
  card: AdaptiveCard;
  /** For logs and tests: what happened, in a word. Never includes who. */
  outcome: string;
  /** The session the click was about, as the step read it, when it found one (facilitator-view.ts keepControls). */
  session?: Session;
}

export const reply = (outcome: string, card: AdaptiveCard): PrivateReply => ({ outcome, card });

/**
 * The one way a step says no: an error card with one sentence for the clicker alone, and the
 * reason in a word for the logs. Nothing has changed when a step answers with it.
 *
 * @example refusal('da', 'notFacilitator', 'error.onlyFacilitator', { name: 'Lars' })
 */
export function refusal(lang: Language, outcome: string, key: string, vars?: Record<string, string | number>): PrivateReply {
  return reply(outcome, errorCard(lang, key, vars));
}

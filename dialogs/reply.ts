import type { AdaptiveCard } from '../cards/render';
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

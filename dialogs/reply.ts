import type { AdaptiveCard } from '../cards/render';

/** What a dialog step answers to the person who clicked: a card only they see. */
export interface PrivateReply {
  card: AdaptiveCard;
  /** For logs and tests: what happened, in a word. Never includes who. */
  outcome: string;
}

export const reply = (outcome: string, card: AdaptiveCard): PrivateReply => ({ outcome, card });

import { actionsOf, inputsOf, isErrorCard, outcomeOf, titleOf, type Outcome } from './card-reading';
import { fill, type FillContext } from './fill';
import { clickAs, type CardPlace } from './playground';
import type { Colleague } from './team';

export interface Turn extends Outcome {
  colleague: Colleague;
  notes: string[];
}

/**
 * One colleague's turn, as they would take it in Teams: look at the shared card (the bot's
 * `session.view`, what Teams shows them), ask for their perspective where each gets one, fill in
 * what the card asks, and press its send button. The bot's answer is the outcome.
 */
export async function takeTurn(playground: string, place: CardPlace, sessionId: string, colleague: Colleague, n: number, ctx: FillContext): Promise<Turn> {
  const click = (verb: string, data: Record<string, unknown>) => clickAs(playground, colleague.id, place, verb, { sessionId, ...data });
  let card = await click('session.view', {});
  let send = actionsOf(card).find((a) => a.verb === 'session.answer');
  const assign = actionsOf(card).find((a) => a.verb === 'session.assign');
  if (!send && assign) {
    // One perspective each: the bot hands out the question on a private form.
    card = await click('session.assign', assign.data);
    send = actionsOf(card).find((a) => a.verb === 'session.answer');
  }
  if (!send) {
    if (isErrorCard(card)) return { ...outcomeOf(card), colleague, notes: [] };
    return { accepted: false, title: titleOf(card), reason: 'kortet har ingen knap at svare med', alreadyAnswered: false, colleague, notes: [] };
  }
  const { values, notes } = fill(inputsOf(card), n, colleague, ctx);
  const answered = await click('session.answer', { ...send.data, ...values });
  return { ...outcomeOf(answered), colleague, notes };
}

import { resultFormCard } from '../cards/result-card';
import { proposalLabel } from '../cards/proposal-label';
import { clip, type AdaptiveCard } from '../cards/render';
import { FORMULATION_MAX } from '../domain/validation/result';
import type { Session } from '../domain/session';
import type { VoteTally } from '../domain/summary/votes';
import type { DialogDeps } from './deps';

/**
 * The facilitator's result form, with the formulation filled in from the top of the tally when
 * the tally was shown (at least k voted) with one clear winner; empty when the vote was below k,
 * did not happen or was tied, since a hidden winner must not surface here either (docs/anonymity.md, rule 4).
 */
export async function prefilledResultForm(deps: DialogDeps, session: Session): Promise<AdaptiveCard> {
  const tally = await deps.sessions.doc<VoteTally>(session.id, 'votes');
  return resultFormCard(session, { formulation: winningProposal(session, tally) });
}

/**
 * The proposal the team chose, as the top list wrote it (with its owner), or '' when the tally
 * names no single winner: below k, a tie at the top, or a top count shown as "fewer than k", since
 * the form must not surface what the top list did not say. Clipped so that it fits the form's
 * limit with its owner: a client cuts an over-long value silently, and the save would refuse it.
 *
 * @example winningProposal(session, { shown: true, k: 3, voters: 6, ranked: [{ index: 0, text: 'Dobbelt registrering', owner: 'forvaltningen', votes: 5, rank: 1 }, …] })
 * // 'Dobbelt registrering (forvaltningen)'
 */
export function winningProposal(session: Session, tally: VoteTally | undefined): string {
  if (!tally?.shown) return '';
  const [top, ...rest] = tally.ranked;
  if (!top || top.votes === undefined || rest.some((r) => r.rank === top.rank)) return '';
  const lang = session.settings.language;
  const room = FORMULATION_MAX - proposalLabel(lang, '', top.owner).length;
  // clip() adds " …" after up to `max` characters, so it is given the room less those two.
  return proposalLabel(lang, top.text.length > room ? clip(top.text, room - 2) : top.text, top.owner);
}

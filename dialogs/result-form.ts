import { resultFormCard } from '../cards/result-card';
import { proposalLabel } from '../cards/proposal-label';
import type { AdaptiveCard } from '../cards/render';
import type { Session } from '../domain/session';
import type { VoteTally } from '../domain/summary/votes';
import type { DialogDeps } from './deps';

/**
 * The facilitator's result form, with the formulation filled in from the top of the tally when
 * the tally was shown (at least k voted); empty when the vote was below k or did not happen,
 * since a hidden winner must not surface here either (docs/anonymity.md, rule 4).
 */
export async function prefilledResultForm(deps: DialogDeps, session: Session): Promise<AdaptiveCard> {
  const tally = await deps.sessions.doc<VoteTally>(session.id, 'votes');
  return resultFormCard(session, { formulation: winningProposal(session, tally) });
}

/** The top of a shown tally, as the top list wrote it (with its owner), or ''. */
export function winningProposal(session: Session, tally: VoteTally | undefined): string {
  const top = tally?.shown ? tally.ranked[0] : undefined;
  return top ? proposalLabel(session.settings.language, top.text, top.owner) : '';
}

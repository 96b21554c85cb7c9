import { VOTES_PER_PERSON } from '../exercise';
import type { AnswerTexts } from './answer';
import { normalise } from './answer';
import type { Checked } from './problem';

export const PROPOSAL_MAX = 1000;

/** One anonymous proposal: a formulation, an action or an idea. */
export function checkProposal(input: Record<string, unknown>): Checked<AnswerTexts> {
  const raw = Object.hasOwn(input, 'proposal') ? input.proposal : undefined;
  if (raw !== undefined && typeof raw !== 'string') return { ok: false, problems: [{ field: 'proposal', key: 'answer.error.wrongType' }] };
  const proposal = normalise(raw ?? '');
  if (!proposal) return { ok: false, problems: [{ field: 'proposal', key: 'proposals.error.empty' }] };
  if (proposal.length > PROPOSAL_MAX) return { ok: false, problems: [{ field: 'proposal', key: 'proposals.error.tooLong', vars: { max: PROPOSAL_MAX, length: proposal.length } }] };
  return { ok: true, value: { proposal } };
}

/**
 * A vote for 1 to VOTES_PER_PERSON of the proposals, as a multi-select sends it: "0,3".
 *
 * @example checkVote({ votes: '2,0' }, 4) // { ok: true, value: { votes: '0,2' } }
 */
export function checkVote(input: Record<string, unknown>, proposals: number): Checked<AnswerTexts> {
  const raw = Object.hasOwn(input, 'votes') ? input.votes : undefined;
  if (raw !== undefined && typeof raw !== 'string') return { ok: false, problems: [{ field: 'votes', key: 'answer.error.wrongType' }] };
  const parts = (raw ?? '').split(',').map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0) return { ok: false, problems: [{ field: 'votes', key: 'vote.error.none' }] };
  const indices = [...new Set(parts.map(Number))];
  if (indices.some((i) => !Number.isInteger(i) || i < 0 || i >= proposals) || indices.length !== parts.length) {
    return { ok: false, problems: [{ field: 'votes', key: 'answer.error.wrongType' }] };
  }
  if (indices.length > VOTES_PER_PERSON) return { ok: false, problems: [{ field: 'votes', key: 'vote.error.tooMany', vars: { n: VOTES_PER_PERSON } }] };
  return { ok: true, value: { votes: indices.sort((a, b) => a - b).join(',') } };
}

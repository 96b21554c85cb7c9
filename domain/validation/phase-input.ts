import { VOTES_PER_PERSON, type ProposalItems } from '../exercise';
import type { AnswerTexts } from './answer';
import { normalise } from './answer';
import type { Checked, Problem } from './problem';

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

/** The form's field names for item n (1-based) and its owner. */
export const itemField = (n: number) => `proposal${n}`;
export const ownerField = (n: number) => `owner${n}`;

/**
 * Up to `items.max` proposals from one person, each with who owns it ("Tid til kerneopgaven").
 * One filled item is enough; a text without an owner, or an owner without a text, is refused
 * with the item's number, and the card gives back what was typed. Each item becomes its own row.
 *
 * @example checkProposalItems({ proposal1: 'Ugentlig registrering', owner1: 'forvaltningen', proposal2: '', owner2: '' }, TID_ITEMS)
 * // { ok: true, value: [{ proposal: 'Ugentlig registrering', owner: 'forvaltningen' }] }
 */
export function checkProposalItems(input: Record<string, unknown>, items: ProposalItems): Checked<AnswerTexts[]> {
  const problems: Problem[] = [];
  const value: AnswerTexts[] = [];
  for (let n = 1; n <= items.max; n++) {
    const rawText = Object.hasOwn(input, itemField(n)) ? input[itemField(n)] : undefined;
    const rawOwner = Object.hasOwn(input, ownerField(n)) ? input[ownerField(n)] : undefined;
    if ((rawText !== undefined && typeof rawText !== 'string') || (rawOwner !== undefined && typeof rawOwner !== 'string')) {
      problems.push({ field: itemField(n), key: 'answer.error.wrongType' });
      continue;
    }
    const proposal = normalise(rawText ?? '');
    const owner = (rawOwner ?? '').trim();
    if (owner && !items.owners.includes(owner)) problems.push({ field: ownerField(n), key: 'answer.error.wrongType' });
    else if (proposal.length > PROPOSAL_MAX) problems.push({ field: itemField(n), key: 'proposals.error.itemTooLong', vars: { n, max: PROPOSAL_MAX, length: proposal.length } });
    else if (proposal && !owner) problems.push({ field: ownerField(n), key: 'proposals.error.noOwner', vars: { n } });
    else if (!proposal && owner) problems.push({ field: itemField(n), key: 'proposals.error.noText', vars: { n } });
    else if (proposal) value.push({ proposal, owner });
  }
  if (problems.length === 0 && value.length === 0) problems.push({ field: itemField(1), key: 'proposals.error.noItems' });
  return problems.length ? { ok: false, problems } : { ok: true, value };
}

/**
 * A vote for 1 to VOTES_PER_PERSON of the proposals, as a multi-select sends it: "0,3".
 *
 * @example checkVote({ votes: '2,0' }, 4) // { ok: true, value: { votes: '0,2' } }
 */
export function checkVote(input: Record<string, unknown>, proposals: number): Checked<AnswerTexts> {
  const raw = Object.hasOwn(input, 'votes') ? input.votes : undefined;
  if (raw !== undefined && typeof raw !== 'string') return { ok: false, problems: [{ field: 'votes', key: 'answer.error.wrongType' }] };
  const parts = (raw ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return { ok: false, problems: [{ field: 'votes', key: 'vote.error.none' }] };
  const indices = [...new Set(parts.map(Number))];
  if (indices.some((i) => !Number.isInteger(i) || i < 0 || i >= proposals) || indices.length !== parts.length) {
    return { ok: false, problems: [{ field: 'votes', key: 'answer.error.wrongType' }] };
  }
  if (indices.length > VOTES_PER_PERSON) return { ok: false, problems: [{ field: 'votes', key: 'vote.error.tooMany', vars: { n: VOTES_PER_PERSON } }] };
  return { ok: true, value: { votes: indices.sort((a, b) => a - b).join(',') } };
}

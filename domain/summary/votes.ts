import { maskPersonalDetails } from './mask';

/**
 * The ranked proposals after the vote phase; a count below k is not shown (docs/anonymity.md, rules 4 and 10).
 *
 * A ballot is the comma-separated indices of the proposals one person voted for ("0,3").
 * Counting rules:
 * - an index that is not a whole number naming a proposal is ignored, and so is a repeat;
 * - a ballot with more than votesPerPerson votes is not thrown away: its first votesPerPerson
 *   distinct valid indices count, in the order written, and the rest are ignored;
 * - a voter is a ballot with at least one counted vote; below k voters nothing is shown.
 *
 * From k voters on, every proposal is listed, but a proposal's count is shown only when it is at
 * least k (`votes: undefined` is shown as "fewer than k"). Shown counts come first, ranked by
 * competition ranks: equal counts share a rank and the next rank is skipped (1, 2, 2, 4); equal
 * counts are listed by proposal index. Every hidden proposal then shares one rank, the one after
 * the shown ones, and they are listed in ballot order (already shuffled at sealing), so neither
 * their rank nor their order says anything about their hidden counts (docs/anonymity.md, rule 4).
 * Proposal texts are masked like quotes. Where proposals have owners ("Tid til kerneopgaven":
 * os / forvaltningen / loven), each ranked proposal keeps its own.
 */
export interface RankedProposal {
  index: number;
  text: string;
  owner?: string;
  votes: number | undefined;
  rank: number;
}

export type VoteTally = { shown: false; k: number } | { shown: true; k: number; voters: number; ranked: RankedProposal[] };

/**
 * @example tallyVotes(['Fælles morgenmøde', 'Ny vagtplan', 'Mindre dokumentation'], ['0,2', '2', '0,2', '2,1', '0,2,1', '2'], 2, 5)
 * // { shown: true, k: 5, voters: 6, ranked: [
 * //   { index: 2, text: 'Mindre dokumentation', votes: 6, rank: 1 },
 * //   { index: 0, text: 'Fælles morgenmøde', votes: undefined, rank: 2 },   // 3 votes, fewer than k
 * //   { index: 1, text: 'Ny vagtplan', votes: undefined, rank: 2 } ] }     // 1 vote, the same rank; the third vote of '0,2,1' is not counted
 */
export function tallyVotes(proposals: readonly string[], ballots: readonly string[], votesPerPerson: number, k: number, owners?: readonly string[]): VoteTally {
  const counts = proposals.map(() => 0);
  let voters = 0;
  for (const ballot of ballots) {
    const chosen = countedVotes(ballot, proposals.length, votesPerPerson);
    if (chosen.length === 0) continue;
    voters += 1;
    for (const i of chosen) counts[i] += 1;
  }
  if (voters < k || voters === 0) return { shown: false, k };
  const indices = proposals.map((_, index) => index);
  const visible = indices.filter((i) => counts[i] >= k).sort((a, b) => counts[b] - counts[a] || a - b);
  // Hidden counts must not leak through order or rank: ballot order, one shared rank.
  const hidden = indices.filter((i) => counts[i] < k);
  const ranked = [...visible, ...hidden].map((index): RankedProposal => ({
    index,
    text: maskPersonalDetails(proposals[index]),
    ...(owners?.[index] ? { owner: owners[index] } : {}),
    votes: counts[index] >= k ? counts[index] : undefined,
    rank: counts[index] >= k ? 1 + visible.filter((j) => counts[j] > counts[index]).length : 1 + visible.length,
  }));
  return { shown: true, k, voters, ranked };
}

/** The distinct valid indices of one ballot that count, at most votesPerPerson of them. */
function countedVotes(ballot: string, proposalCount: number, votesPerPerson: number): number[] {
  const chosen: number[] = [];
  for (const part of ballot.split(',')) {
    if (chosen.length >= votesPerPerson) break;
    const token = part.trim();
    if (!/^\d+$/.test(token)) continue;
    const index = Number(token);
    if (index < proposalCount && !chosen.includes(index)) chosen.push(index);
  }
  return chosen;
}

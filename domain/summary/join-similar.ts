import { centroid, cosine, lsaVectors } from './lsa';

/**
 * LSA dimensions, and the cosine an answer (or a small theme) needs to a theme's centre to join
 * it. Both, and the letter groups of meaning-terms.ts, were chosen on the development set
 * (test/fixtures/eval/answers.jsonl) alone, scored as it is and with half of the concept list left
 * out as a stand-in for unseen words; never on a held-out set (test/fixtures/eval/README.md).
 */
export const LSA_DIMS = 10;
export const SIMILARITY_FLOOR = 0.3;

export interface Group {
  /** The term the theme was found by. */
  stem: string;
  members: number[];
}

/**
 * Brings answers and themes together by meaning rather than by one shared word, in place:
 * 1. each leftover answer joins the theme whose centre it is nearest in LSA space (lsa.ts), when
 *    the cosine reaches the floor, so "travlt" can join a theme about "for få hænder" when the
 *    batch uses those words together;
 * 2. then a theme of fewer than `minSize` answers (callers pass k) is never left to be shown with
 *    its own count: smallest first, it joins the theme nearest to its centre (same floor) or else
 *    the leftovers ("Andre svar"), docs/anonymity.md.
 * `terms[i]` is the set of terms of answer i; `remaining` holds the leftovers and is changed too.
 *
 * @example joinSimilar([{ stem: '#møder', members: [0, 1] }], new Set([2]), terms, 2)
 */
export function joinSimilar(groups: Group[], remaining: Set<number>, terms: readonly ReadonlySet<string>[], minSize: number): Group[] {
  if (groups.length === 0) return groups;
  const vectors = lsaVectors(terms, LSA_DIMS);
  const centres = groups.map((g) => centroid(vectors, g.members, LSA_DIMS));
  for (const i of [...remaining]) {
    const best = nearest(vectors[i], centres);
    if (best < 0) continue;
    groups[best].members.push(i);
    remaining.delete(i);
  }
  const out = [...groups];
  for (;;) {
    const small = out.filter((g) => g.members.length < minSize).sort((a, b) => a.members.length - b.members.length || (a.stem < b.stem ? -1 : 1))[0];
    if (!small) return out;
    out.splice(out.indexOf(small), 1);
    const others = out.map((g) => centroid(vectors, g.members, LSA_DIMS));
    const best = nearest(centroid(vectors, small.members, LSA_DIMS), others);
    if (best >= 0) out[best].members.push(...small.members);
    else small.members.forEach((i) => remaining.add(i));
  }
}

/** The index of the centre nearest to v, if its cosine reaches the floor; ties go to the first. */
function nearest(v: Float64Array, centres: readonly Float64Array[]): number {
  let best = -1;
  let bestCosine = SIMILARITY_FLOOR;
  centres.forEach((c, g) => {
    const x = cosine(v, c);
    if (x > bestCosine || (best < 0 && x >= bestCosine)) [best, bestCosine] = [g, x];
  });
  return best;
}

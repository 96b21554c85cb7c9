/**
 * Small-group suppression with complementary suppression (docs/anonymity.md, rule 5).
 * Groups below k are hidden. If the total is shown and exactly the hidden groups' sum could be
 * computed by subtraction, the smallest shown group is hidden too, until no hidden group's
 * size can be derived (at least two hidden groups, or none).
 */
export interface GroupCount {
  id: string;
  count: number;
}

export interface SuppressedGroups {
  shown: GroupCount[];
  hidden: string[];
}

export function suppressSmallGroups(groups: readonly GroupCount[], k: number): SuppressedGroups {
  const hidden = new Set(groups.filter((g) => g.count < k).map((g) => g.id));
  const byCount = [...groups].sort((a, b) => a.count - b.count || a.id.localeCompare(b.id));
  const hiddenSum = () => groups.filter((g) => hidden.has(g.id)).reduce((s, g) => s + g.count, 0);
  // One hidden group, or hidden groups that together fall below k, can be recovered from the total.
  while (hidden.size > 0 && hidden.size < groups.length && (hidden.size === 1 || hiddenSum() < k)) {
    const next = byCount.find((g) => !hidden.has(g.id));
    if (!next) break;
    hidden.add(next.id);
  }
  return {
    shown: groups.filter((g) => !hidden.has(g.id)),
    hidden: groups.filter((g) => hidden.has(g.id)).map((g) => g.id),
  };
}

import { derivableHidden, type Line } from './derivable';

/** Which figures of a rater × rated table may be shown: cells, row and column figures, and the overall figure. */
export interface MatrixSuppression {
  cells: boolean[][];
  rows: boolean[];
  cols: boolean[];
  total: boolean;
}

/**
 * k and complementary suppression for a table with row, column and overall figures (docs/anonymity.md, rules 4 and 5).
 *
 * `people[r][c]` are the distinct people (any ids) behind cell (r, c). A row, column or overall
 * figure is over the union of its cells' people. The rule, in full:
 * 1. Any figure from fewer than k people is hidden. Cells with nobody behind them show nothing
 *    either, but they never count as cover: anyone may know that a group did not answer.
 * 2. In each line (a row with its row figure, a column with its column figure, the row figures
 *    with the overall figure, the column figures with the overall figure) whose sum figure is
 *    shown, the hidden parts must be none, or at least two with at least k people together;
 *    otherwise one more figure on the line is hidden.
 * 3. Then an exact check (derivable.ts): no hidden figure may follow from the shown ones through
 *    any chain of lines. If one does, one more figure on one of its lines is hidden, and so on.
 * Which figure goes: the heat map's cells are what the team reads, so the overall figure goes
 * first, then a row or column figure, and a cell only when no sum is left on the line; among
 * equals, the one with the fewest people.
 * Figures only ever get hidden, so this ends; hiding everything is always safe.
 *
 * @example suppressMatrix([[[], [1, 2, 3, 4, 5]], [[6, 7], []]], 5)
 * // { cells: [[false, true], [false, false]], rows: [true, false], cols: [false, true], total: false }:
 * //   the 2 raters in row 2 hide their cell and their row; the overall figure would give them away, so it goes too
 */
export function suppressMatrix(people: readonly (readonly (readonly number[])[])[], k: number): MatrixSuppression {
  const members = new Map<string, Set<number>>();
  const add = (id: string, ps: readonly number[]) => members.set(id, new Set([...(members.get(id) ?? []), ...ps]));
  people.forEach((row, r) => row.forEach((ps, c) => [`c${r}.${c}`, `r${r}`, `k${c}`, 't'].forEach((id) => add(id, ps))));
  const size = (id: string) => members.get(id)?.size ?? 0;
  const hidden = new Set([...members.keys()].filter((id) => size(id) > 0 && size(id) < k));
  const lines = linesOf(people)
    .map((l) => ({ total: l.total, parts: l.parts.filter((p) => size(p) > 0) }))
    .filter((l) => size(l.total) > 0);

  const nextToHide = (line: Line) => [line.total, ...line.parts].filter((id) => !hidden.has(id)).sort((a, b) => rank(a) - rank(b) || size(a) - size(b) || a.localeCompare(b))[0];
  for (let guard = 0; guard <= members.size; guard++) {
    const broken = lines.find((line) => breaksLine(line, hidden, members, k));
    const derivable = broken ? [] : derivableHidden(lines, hidden);
    if (!broken && derivable.length === 0) break;
    const fix = broken
      ? nextToHide(broken)
      : derivable
          .flatMap((x) => lines.filter((l) => l.total === x || l.parts.includes(x)))
          .map(nextToHide)
          .find(Boolean);
    if (!fix) {
      // Nothing on the offending lines is left to hide: hide everything rather than show too much.
      for (const id of members.keys()) if (size(id) > 0) hidden.add(id);
      break;
    }
    hidden.add(fix);
  }
  const shown = (id: string) => size(id) > 0 && !hidden.has(id);
  return {
    cells: people.map((row, r) => row.map((_, c) => shown(`c${r}.${c}`))),
    rows: people.map((_, r) => shown(`r${r}`)),
    cols: (people[0] ?? []).map((_, c) => shown(`k${c}`)),
    total: shown('t'),
  };
}

/** The overall figure first, then row and column figures, cells last. */
const rank = (id: string) => (id === 't' ? 0 : id.startsWith('c') ? 2 : 1);

function linesOf(people: readonly (readonly unknown[])[]): Line[] {
  const rows = people.map((_, r) => r);
  const cols = (people[0] ?? []).map((_, c) => c);
  return [
    ...rows.map((r) => ({ total: `r${r}`, parts: cols.map((c) => `c${r}.${c}`) })),
    ...cols.map((c) => ({ total: `k${c}`, parts: rows.map((r) => `c${r}.${c}`) })),
    { total: 't', parts: rows.map((r) => `r${r}`) },
    { total: 't', parts: cols.map((c) => `k${c}`) },
  ];
}

/** Step 2: a shown sum with exactly one hidden part, or hidden parts of fewer than k people together. */
function breaksLine(line: Line, hidden: ReadonlySet<string>, members: ReadonlyMap<string, ReadonlySet<number>>, k: number): boolean {
  if (hidden.has(line.total)) return false;
  const hiddenParts = line.parts.filter((p) => hidden.has(p));
  if (hiddenParts.length === 0) return false;
  const together = new Set(hiddenParts.flatMap((p) => [...(members.get(p) ?? [])]));
  return hiddenParts.length === 1 || together.size < k;
}

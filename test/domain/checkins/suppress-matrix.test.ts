import assert from 'node:assert/strict';
import { derivableHidden, type Line } from '../../../domain/checkins/derivable';
import { suppressMatrix, type MatrixSuppression } from '../../../domain/checkins/suppress-matrix';

/** n people with ids from `from`. */
const people = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);

describe('derivableHidden', () => {
  it('finds a single hidden part of a shown total', () => {
    assert.deepEqual(derivableHidden([{ total: 'row', parts: ['a', 'b'] }], new Set(['a'])), ['a']);
  });

  it('cannot separate two hidden parts', () => {
    assert.deepEqual(derivableHidden([{ total: 'row', parts: ['a', 'b', 'c'] }], new Set(['a', 'b'])), []);
  });

  it('follows a chain: a hidden row total known from the overall total gives away its one hidden cell', () => {
    const lines: Line[] = [
      { total: 'r0', parts: ['a', 'b'] },
      { total: 'r1', parts: ['c', 'd'] },
      { total: 't', parts: ['r0', 'r1'] },
    ];
    // a and r0 hidden: row 0 alone says only r0 − a = b, but t − r1 gives r0, and then a.
    assert.deepEqual(derivableHidden(lines, new Set(['a', 'r0'])).sort(), ['a', 'r0']);
    // With t hidden too, nothing follows.
    assert.deepEqual(derivableHidden(lines, new Set(['a', 'r0', 't'])), []);
  });

  it('sees that the four corners of a rectangle protect each other', () => {
    const lines: Line[] = [
      { total: 'r0', parts: ['a', 'b'] },
      { total: 'r1', parts: ['c', 'd'] },
      { total: 'k0', parts: ['a', 'c'] },
      { total: 'k1', parts: ['b', 'd'] },
    ];
    assert.deepEqual(derivableHidden(lines, new Set(['a', 'b', 'c', 'd'])), []);
  });
});

/** The lines a table publishes, built here independently of the code under test. */
function linesOf(rows: number, cols: number): Line[] {
  const r = Array.from({ length: rows }, (_, i) => i);
  const c = Array.from({ length: cols }, (_, i) => i);
  return [
    ...r.map((i) => ({ total: `r${i}`, parts: c.map((j) => `c${i}.${j}`) })),
    ...c.map((j) => ({ total: `k${j}`, parts: r.map((i) => `c${i}.${j}`) })),
    { total: 't', parts: r.map((i) => `r${i}`) },
    { total: 't', parts: c.map((j) => `k${j}`) },
  ];
}

/** Checks a suppression against the rules from the outside: k, complementary suppression per line, and no derivable figure. */
function audit(table: number[][][], s: MatrixSuppression, k: number): void {
  const who = new Map<string, Set<number>>();
  const add = (id: string, ps: number[]) => who.set(id, new Set([...(who.get(id) ?? []), ...ps]));
  table.forEach((row, i) => row.forEach((ps, j) => [`c${i}.${j}`, `r${i}`, `k${j}`, 't'].forEach((id) => add(id, ps))));
  const size = (id: string) => who.get(id)?.size ?? 0;
  const shown = new Set<string>();
  s.cells.forEach((row, i) => row.forEach((v, j) => v && shown.add(`c${i}.${j}`)));
  s.rows.forEach((v, i) => v && shown.add(`r${i}`));
  s.cols.forEach((v, j) => v && shown.add(`k${j}`));
  if (s.total) shown.add('t');
  for (const id of shown) assert.ok(size(id) >= k, `${id} shown with ${size(id)} people`);
  const hidden = new Set([...who.keys()].filter((id) => size(id) > 0 && !shown.has(id)));
  const lines = linesOf(table.length, table[0].length).map((l) => ({ ...l, parts: l.parts.filter((p) => size(p) > 0) }));
  for (const line of lines.filter((l) => shown.has(l.total))) {
    const hiddenParts = line.parts.filter((p) => hidden.has(p));
    const together = new Set(hiddenParts.flatMap((p) => [...who.get(p)!]));
    assert.ok(hiddenParts.length === 0 || (hiddenParts.length >= 2 && together.size >= k), `line ${line.total}: hidden ${hiddenParts.join(',')} of ${together.size} people`);
  }
  assert.deepEqual(derivableHidden(lines, hidden), []);
}

/** A small deterministic generator, so the "random" tables are the same on every run. */
function lcg(seed: number) {
  let x = seed;
  return () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

describe('suppressMatrix', () => {
  it('shows everything when every cell has k people', () => {
    const table = [
      [[], people(0, 5)],
      [people(10, 6), []],
    ];
    assert.deepEqual(suppressMatrix(table, 5), {
      cells: [
        [false, true],
        [true, false],
      ],
      rows: [true, true],
      cols: [true, true],
      total: true,
    });
  });

  it("hides a small rater group's cell and row, and the overall figure that would give them away", () => {
    const table = [
      [[], people(1, 5)],
      [[6, 7], []],
    ];
    const s = suppressMatrix(table, 5);
    assert.deepEqual(s, {
      cells: [
        [false, true],
        [false, false],
      ],
      rows: [true, false],
      cols: [false, true],
      total: false,
    });
    audit(table, s, 5);
  });

  it('with one small cell in a 3 × 3 table, gives up its row, column and overall figures before any other cell', () => {
    // Group 0 has 6 people; 2 of them skipped group 2. Groups 1 and 2 have 5 each, who rated everyone.
    const g0 = people(0, 6),
      g1 = people(10, 5),
      g2 = people(20, 5);
    const table = [
      [[], g0, g0.slice(0, 2)],
      [g1, [], g1],
      [g2, g2, []],
    ];
    const s = suppressMatrix(table, 5);
    assert.deepEqual(s.cells, [
      [false, true, false],
      [true, false, true],
      [true, true, false],
    ]);
    assert.deepEqual([s.rows, s.cols, s.total], [[false, true, true], [true, true, false], false]);
    audit(table, s, 5);
  });

  it('keeps to the rules on 300 generated tables of 2 to 6 groups, k from 3 to 6', () => {
    const random = lcg(20270301);
    for (let n = 0; n < 300; n++) {
      const groups = 2 + Math.floor(random() * 5);
      const k = 3 + Math.floor(random() * 4);
      let next = 0;
      const members = Array.from({ length: groups }, () => people((next += 20), Math.floor(random() * 9)));
      // Each member rates a group with probability 0.8; nobody rates their own group.
      const table = members.map((m, i) => members.map((_, j) => (i === j ? [] : m.filter(() => random() < 0.8))));
      audit(table, suppressMatrix(table, k), k);
    }
  });

  it('shows nothing of an empty table', () => {
    assert.deepEqual(
      suppressMatrix(
        [
          [[], []],
          [[], []],
        ],
        3,
      ),
      {
        cells: [
          [false, false],
          [false, false],
        ],
        rows: [false, false],
        cols: [false, false],
        total: false,
      },
    );
  });
});

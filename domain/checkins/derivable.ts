/**
 * Which hidden figures of a table can still be worked out from the shown ones.
 *
 * Each published line says "total = sum of parts" (a row total is the sum of its cells, counts
 * known). With the shown figures moved to the right-hand side, what is left is a linear system in
 * the hidden figures. A hidden figure can be computed exactly when its unit vector lies in that
 * system's row space, i.e. when some row of the reduced row echelon form is that unit vector.
 */
export interface Line {
  total: string;
  parts: readonly string[];
}

/**
 * @example derivableHidden([{ total: 'row', parts: ['a', 'b'] }], new Set(['a'])) // ['a']: row − b = a
 * @example derivableHidden([{ total: 'row', parts: ['a', 'b'] }], new Set(['a', 'b'])) // []: only a + b is known
 */
export function derivableHidden(lines: readonly Line[], hidden: ReadonlySet<string>): string[] {
  const unknowns = [...hidden];
  const column = new Map(unknowns.map((id, i) => [id, i]));
  const rows = lines.map((line) => {
    const row = new Array<number>(unknowns.length).fill(0);
    if (column.has(line.total)) row[column.get(line.total)!] += 1;
    for (const part of line.parts) if (column.has(part)) row[column.get(part)!] -= 1;
    return row;
  });
  const reduced = reducedRowEchelon(rows, unknowns.length);
  return reduced.flatMap((row) => {
    const nonZero = row.flatMap((v, j) => (Math.abs(v) > 1e-9 ? [j] : []));
    return nonZero.length === 1 ? [unknowns[nonZero[0]]] : [];
  });
}

/** Gauss–Jordan elimination; the entries are small integers, so a small epsilon is plenty. */
function reducedRowEchelon(input: number[][], width: number): number[][] {
  const m = input.map((r) => [...r]);
  let lead = 0;
  for (let col = 0; col < width && lead < m.length; col++) {
    const pivot = m.findIndex((r, i) => i >= lead && Math.abs(r[col]) > 1e-9);
    if (pivot < 0) continue;
    [m[lead], m[pivot]] = [m[pivot], m[lead]];
    const p = m[lead][col];
    m[lead] = m[lead].map((v) => v / p);
    for (let i = 0; i < m.length; i++) {
      if (i === lead || Math.abs(m[i][col]) <= 1e-9) continue;
      const f = m[i][col];
      m[i] = m[i].map((v, j) => v - f * m[lead][j]);
    }
    lead++;
  }
  return m.slice(0, lead);
}

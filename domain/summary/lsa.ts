/**
 * Latent semantic analysis of one question's answers: the answers' terms weighted by TF-IDF,
 * reduced by a truncated singular value decomposition to a few dimensions, so that answers that
 * use words which travel together elsewhere in the batch land near each other even when they
 * share no word themselves.
 *
 * The SVD is randomized (Halko, Martinsson & Tropp 2011): project on a few random directions,
 * sharpen with power iterations, and decompose the small matrix that is left. The random
 * directions come from a fixed seed, so the same answers always give the same vectors.
 */

/** Oversampling and power iterations of the randomized SVD: the usual choices, enough for ~10 dimensions. */
const OVERSAMPLE = 8;
const POWER_ITERATIONS = 3;
const SEED = 12;

/**
 * One unit vector per document in `dims` LSA dimensions (the zero vector for a document with no
 * term used by two or more documents). `docs[i]` is the set of terms of document i; a term counts
 * once per document, weighted by ln(n / df), and only terms in at least two documents count.
 *
 * @example lsaVectors([new Set(['møder']), new Set(['møder', 'tid']), new Set(['tid'])], 2) // three unit vectors
 */
export function lsaVectors(docs: readonly ReadonlySet<string>[], dims: number): Float64Array[] {
  const n = docs.length;
  const { rows, cols } = tfidfRows(docs);
  const rank = Math.min(dims + OVERSAMPLE, n, cols);
  if (rank === 0) return docs.map(() => new Float64Array(Math.max(dims, 1)));

  const random = mulberry32(SEED);
  // Y = A·Ω, then (A·Aᵀ)^q·Y, orthonormalised after every product so no direction drowns.
  let y = orthonormal(times(rows, gaussian(cols, rank, random), rank, n));
  for (let q = 0; q < POWER_ITERATIONS; q++) y = orthonormal(times(rows, timesTransposed(rows, y, rank, cols), rank, n));
  // B = Qᵀ·A (rank × cols); the eigenvectors of B·Bᵀ give the left singular vectors in Q's basis.
  const b = timesTransposed(rows, y, rank, cols);
  const { values, vectors } = symmetricEigen(gram(b, rank));
  const order = values
    .map((v, i) => [v, i] as const)
    .sort((p, q) => q[0] - p[0])
    .slice(0, Math.min(dims, rank));
  return y.map((qi) => {
    // Document i in LSA space: row i of U·Σ = Q·W·Σ, with Σ = √λ.
    const out = new Float64Array(Math.max(dims, 1));
    order.forEach(([value, j], d) => {
      let s = 0;
      for (let r = 0; r < rank; r++) s += qi[r] * vectors[r][j];
      out[d] = s * Math.sqrt(Math.max(value, 0));
    });
    return unit(out);
  });
}

/** Cosine of two unit vectors. */
export function cosine(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/** The mean direction of some unit vectors, as a unit vector. */
export function centroid(vectors: readonly Float64Array[], members: readonly number[], dims: number): Float64Array {
  const out = new Float64Array(dims);
  for (const i of members) for (let d = 0; d < dims; d++) out[d] += vectors[i][d];
  return unit(out);
}

interface SparseRow {
  cols: number[];
  values: number[];
}

function tfidfRows(docs: readonly ReadonlySet<string>[]): { rows: SparseRow[]; cols: number } {
  const df = new Map<string, number>();
  for (const d of docs) for (const t of d) df.set(t, (df.get(t) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [t, f] of df) if (f >= 2) index.set(t, index.size);
  const n = docs.length;
  const rows = docs.map((d) => {
    const cols: number[] = [];
    const values: number[] = [];
    for (const t of d) {
      const c = index.get(t);
      if (c === undefined) continue;
      cols.push(c);
      values.push(Math.log(n / df.get(t)!));
    }
    const norm = Math.sqrt(values.reduce((a, v) => a + v * v, 0));
    return { cols, values: norm > 0 ? values.map((v) => v / norm) : values };
  });
  return { rows, cols: index.size };
}

/** A·M for sparse A (n rows) and dense M (cols × rank): n × rank. */
function times(rows: readonly SparseRow[], m: readonly Float64Array[], rank: number, n: number): Float64Array[] {
  const out: Float64Array[] = [];
  for (let i = 0; i < n; i++) {
    const o = new Float64Array(rank);
    const { cols, values } = rows[i];
    for (let k = 0; k < cols.length; k++) {
      const mc = m[cols[k]];
      const v = values[k];
      for (let r = 0; r < rank; r++) o[r] += v * mc[r];
    }
    out.push(o);
  }
  return out;
}

/** Aᵀ·Y for sparse A and dense Y (n × rank): cols × rank. */
function timesTransposed(rows: readonly SparseRow[], y: readonly Float64Array[], rank: number, cols: number): Float64Array[] {
  const out = Array.from({ length: cols }, () => new Float64Array(rank));
  rows.forEach(({ cols: cs, values }, i) => {
    const yi = y[i];
    for (let k = 0; k < cs.length; k++) {
      const o = out[cs[k]];
      const v = values[k];
      for (let r = 0; r < rank; r++) o[r] += v * yi[r];
    }
  });
  return out;
}

/** Bᵀ-side Gram matrix of B stored as cols × rank: the rank × rank matrix B·Bᵀ. */
function gram(b: readonly Float64Array[], rank: number): number[][] {
  const g = Array.from({ length: rank }, () => new Array<number>(rank).fill(0));
  for (const row of b) for (let r = 0; r < rank; r++) for (let s = r; s < rank; s++) g[r][s] += row[r] * row[s];
  for (let r = 0; r < rank; r++) for (let s = 0; s < r; s++) g[r][s] = g[s][r];
  return g;
}

/** Modified Gram–Schmidt on the columns of an n × rank matrix; a column that vanishes stays zero. */
function orthonormal(m: Float64Array[]): Float64Array[] {
  const rank = m[0]?.length ?? 0;
  for (let c = 0; c < rank; c++) {
    for (let p = 0; p < c; p++) {
      let dot = 0;
      for (const row of m) dot += row[c] * row[p];
      for (const row of m) row[c] -= dot * row[p];
    }
    let norm = 0;
    for (const row of m) norm += row[c] * row[c];
    norm = Math.sqrt(norm);
    for (const row of m) row[c] = norm > 1e-12 ? row[c] / norm : 0;
  }
  return m;
}

/** Eigenvalues and eigenvectors (as columns) of a small symmetric matrix, by cyclic Jacobi rotations. */
function symmetricEigen(input: number[][]): { values: number[]; vectors: number[][] } {
  const size = input.length;
  const a = input.map((row) => [...row]);
  const v = Array.from({ length: size }, (_, i) => Array.from({ length: size }, (_, j): number => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0;
    for (let p = 0; p < size; p++) for (let q = p + 1; q < size; q++) off += a[p][q] * a[p][q];
    if (off < 1e-22) break;
    for (let p = 0; p < size; p++) {
      for (let q = p + 1; q < size; q++) {
        if (Math.abs(a[p][q]) < 1e-300) continue;
        const theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < size; k++) {
          const akp = a[k][p];
          const akq = a[k][q];
          a[k][p] = c * akp - s * akq;
          a[k][q] = s * akp + c * akq;
        }
        for (let k = 0; k < size; k++) {
          const apk = a[p][k];
          const aqk = a[q][k];
          a[p][k] = c * apk - s * aqk;
          a[q][k] = s * apk + c * aqk;
        }
        for (let k = 0; k < size; k++) {
          const vkp = v[k][p];
          const vkq = v[k][q];
          v[k][p] = c * vkp - s * vkq;
          v[k][q] = s * vkp + c * vkq;
        }
      }
    }
  }
  return { values: a.map((row, i) => row[i]), vectors: v };
}

function gaussian(rowsCount: number, rank: number, random: () => number): Float64Array[] {
  return Array.from({ length: rowsCount }, () => {
    const row = new Float64Array(rank);
    for (let r = 0; r < rank; r++) {
      // Box–Muller; 1 − u keeps the logarithm finite.
      const u = 1 - random();
      const w = random();
      row[r] = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * w);
    }
    return row;
  });
}

function unit(v: Float64Array): Float64Array {
  let norm = 0;
  for (const x of v) norm += x * x;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < v.length; i++) v[i] /= norm;
  return v;
}

/** Small seeded generator (mulberry32), uniform in [0, 1): the SVD must not depend on Math.random. */
function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

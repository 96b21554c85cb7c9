/**
 * Baselines that any theme finder should beat to be worth its complexity.
 */

/** Everything in one cluster: ARI 0 and NMI 0 against any non-trivial truth. */
export function singleCluster(n: number): number[] {
  return new Array<number>(n).fill(0);
}

/** Lowercased words of letters (æøå included). No stemming, no stop words: deliberately plain. */
export function tokens(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+/gu) ?? [];
}

/**
 * TF-IDF vectors, L2-normalised. tf = raw count in the answer; idf = ln((1+n)/(1+df)) + 1
 * (smoothed, as scikit-learn's TfidfVectorizer). An answer without words is the zero vector.
 */
export function tfidf(texts: readonly string[]): number[][] {
  const docs = texts.map(tokens);
  const vocab = new Map<string, number>();
  for (const d of docs) for (const w of d) if (!vocab.has(w)) vocab.set(w, vocab.size);
  const df = new Array<number>(vocab.size).fill(0);
  for (const d of docs) for (const w of new Set(d)) df[vocab.get(w)!]++;
  const n = docs.length;
  const idf = df.map((f) => Math.log((1 + n) / (1 + f)) + 1);
  return docs.map((d) => {
    const v = new Array<number>(vocab.size).fill(0);
    for (const w of d) v[vocab.get(w)!] += 1;
    for (let j = 0; j < v.length; j++) v[j] *= idf[j];
    return normalise(v);
  });
}

/**
 * TF-IDF + spherical k-means: vectors and centroids are L2-normalised, so nearest centroid by
 * squared Euclidean distance is nearest by cosine. k-means++ initialisation with a seeded PRNG;
 * at most `maxIterations` Lloyd iterations, stopping early when no assignment changes.
 * Deterministic for a given (texts, k, seed). Returns a cluster index (0..k-1) per text.
 */
export function tfidfKMeans(texts: readonly string[], k: number, seed: number, maxIterations = 100): number[] {
  const vectors = tfidf(texts);
  return kMeans(vectors, k, seed, maxIterations);
}

export function kMeans(vectors: readonly number[][], k: number, seed: number, maxIterations = 100): number[] {
  const n = vectors.length;
  if (n === 0) return [];
  const kk = Math.max(1, Math.min(k, n));
  const random = mulberry32(seed);
  let centroids = kMeansPlusPlus(vectors, kk, random);
  let assignment = vectors.map((v) => nearest(v, centroids));
  for (let it = 0; it < maxIterations; it++) {
    centroids = centroids.map((old, c) => {
      const members = vectors.filter((_, i) => assignment[i] === c);
      // An emptied cluster keeps its old centroid.
      if (members.length === 0) return old;
      const mean = new Array<number>(old.length).fill(0);
      for (const m of members) for (let j = 0; j < m.length; j++) mean[j] += m[j];
      const normed = normalise(mean);
      return normed.some((x) => x !== 0) ? normed : old;
    });
    const next = vectors.map((v) => nearest(v, centroids));
    const stable = next.every((c, i) => c === assignment[i]);
    assignment = next;
    if (stable) break;
  }
  return assignment;
}

/** k-means++ (Arthur & Vassilvitskii 2007): each new centre drawn with probability ∝ D(x)². */
function kMeansPlusPlus(vectors: readonly number[][], k: number, random: () => number): number[][] {
  const centres: number[][] = [vectors[Math.floor(random() * vectors.length)]];
  const d2 = vectors.map((v) => squaredDistance(v, centres[0]));
  while (centres.length < k) {
    const total = d2.reduce((a, b) => a + b, 0);
    let pick: number;
    if (total === 0) {
      // Fewer distinct points than k: any point will do.
      pick = Math.floor(random() * vectors.length);
    } else {
      let r = random() * total;
      pick = d2.length - 1;
      for (let i = 0; i < d2.length; i++) {
        r -= d2[i];
        if (r < 0) {
          pick = i;
          break;
        }
      }
    }
    const centre = vectors[pick];
    centres.push(centre);
    for (let i = 0; i < vectors.length; i++) d2[i] = Math.min(d2[i], squaredDistance(vectors[i], centre));
  }
  return centres.map((c) => [...c]);
}

/** Index of the closest centroid; ties go to the lowest index. */
function nearest(v: readonly number[], centroids: readonly number[][]): number {
  let best = 0;
  let bestD = Infinity;
  centroids.forEach((c, i) => {
    const d = squaredDistance(v, c);
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  });
  return best;
}

function squaredDistance(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let j = 0; j < a.length; j++) {
    const d = a[j] - b[j];
    s += d * d;
  }
  return s;
}

function normalise(v: number[]): number[] {
  const norm = Math.sqrt(v.reduce((a, x) => a + x * x, 0));
  return norm === 0 ? v : v.map((x) => x / norm);
}

/** Small seeded PRNG (mulberry32): uniform in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

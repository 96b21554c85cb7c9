import { distance } from 'fastest-levenshtein';

/** Shorter words are left alone: one changed letter makes another word too often ("mor", "mod"). */
const MIN_LENGTH = 5;

/**
 * Repairs likely typos and missing æøå across one batch of answers: a word used once is replaced
 * by a word the batch uses more often, or a word the field knows (`known`), when it is one edit
 * away (two for words of eight letters or more) and starts with the same letter; "moeder",
 * "paedagog" and "raad" are tried with æ, ø and å first. Case is already folded by `words()`.
 * Nothing is repaired towards a word used only once, so two rare words never pull on each other.
 *
 * @example spellingFixes([['dokumentation'], ['dokumentation'], ['dokumenation'], ['moeder'], ['møder']], ['møder'])
 * // Map { 'dokumenation' => 'dokumentation', 'moeder' => 'møder' }
 */
export function spellingFixes(docs: readonly (readonly string[])[], known: readonly string[]): Map<string, string> {
  const uses = new Map<string, number>();
  for (const d of docs) for (const w of new Set(d)) uses.set(w, (uses.get(w) ?? 0) + 1);
  const targets = new Map<string, number>(known.map((w) => [w, 1]));
  for (const [w, n] of uses) if (n >= 2) targets.set(w, n + 1);
  const byFirst = new Map<string, string[]>();
  for (const w of targets.keys()) if (w.length >= MIN_LENGTH - 1) byFirst.set(w[0], [...(byFirst.get(w[0]) ?? []), w]);

  const fixes = new Map<string, string>();
  for (const [w, n] of uses) {
    if (n >= 2 || w.length < MIN_LENGTH || targets.has(w)) continue;
    const danish = w.replace(/ae/g, 'æ').replace(/oe/g, 'ø').replace(/aa/g, 'å');
    if (danish !== w && targets.has(danish)) {
      fixes.set(w, danish);
      continue;
    }
    const best = nearest(w, byFirst.get(w[0]) ?? [], targets);
    if (best) fixes.set(w, best);
  }
  return fixes;
}

function nearest(word: string, candidates: readonly string[], weight: ReadonlyMap<string, number>): string | undefined {
  const allowed = word.length >= 8 ? 2 : 1;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    if (Math.abs(c.length - word.length) > allowed) continue;
    const d = distance(word, c);
    // Closer first, then the word more answers use.
    const score = d * 1000 - (weight.get(c) ?? 0);
    if (d <= allowed && score < bestScore) [best, bestScore] = [c, score];
  }
  return best;
}

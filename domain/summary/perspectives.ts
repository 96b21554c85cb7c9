import type { Distribution, ExerciseDefinition } from '../exercise';
import type { AnswerTexts } from '../validation/answer';
import { suppressSmallGroups } from '../anonymity/suppress';
import { maskPersonalDetails } from './mask';
import { findThemes, shuffled, type Theme } from './themes';
import { terms } from './text';

export interface PerspectiveSummary {
  id: string;
  labelKey: string;
  shown: boolean;
  /** Present only when shown: never a figure below k. */
  count?: number;
  themes: Theme[];
  otherCount?: number;
}

export type PerspectivesSummary =
  | { kind: 'perspectives'; shown: false; k: number }
  | {
      kind: 'perspectives';
      shown: true;
      k: number;
      respondents: number;
      perspectives: PerspectiveSummary[];
      /** Words used often in two or more perspectives. */
      shared: string[];
      /** Per perspective id: words used often there and nowhere else. */
      distinct: Record<string, string[]>;
      /** Overlap of the frequent words between the shown perspectives, 0–100. */
      agreement?: number;
    };

const FREQUENT_PER_PERSPECTIVE = 8;

/**
 * The "Hvem definerer kerneopgaven?" summary: themes per perspective, what they share and where
 * they differ. Nothing at all is shown below k respondents (BRIEF rule 3); a perspective with
 * fewer than k texts shows nothing either, with complementary suppression when perspectives
 * split the participants (BRIEF rule 4).
 */
export function summarisePerspectives(def: ExerciseDefinition, answers: readonly AnswerTexts[], k: number, distribution: Distribution, shuffle = shuffled): PerspectivesSummary {
  if (answers.length < k) return { kind: 'perspectives', shown: false, k };
  const texts = def.questions.map((q) => ({ q, texts: answers.map((a) => a[q.id]).filter((t): t is string => !!t) }));
  const counts = texts.map(({ q, texts: ts }) => ({ id: q.id, count: ts.length }));
  const visible = new Set(distribution === 'assigned' ? suppressSmallGroups(counts, k).shown.map((g) => g.id) : counts.filter((c) => c.count >= k).map((c) => c.id));

  const frequent = new Map<string, Map<string, string>>();
  const perspectives = texts.map(({ q, texts: ts }): PerspectiveSummary => {
    if (!visible.has(q.id)) return { id: q.id, labelKey: q.labelKey, shown: false, themes: [] };
    const masked = ts.map(maskPersonalDetails);
    const found = findThemes(masked, shuffle);
    frequent.set(q.id, frequentStems(masked));
    return { id: q.id, labelKey: q.labelKey, shown: true, count: ts.length, themes: found.themes, otherCount: found.other.length };
  });
  return { kind: 'perspectives', shown: true, k, respondents: answers.length, perspectives, ...compare(frequent) };
}

/** Stems used in at least two texts, most used first, with their most common written form. */
function frequentStems(texts: string[]): Map<string, string> {
  const df = new Map<string, { n: number; surfaces: Map<string, number> }>();
  for (const t of texts) {
    const seen = new Map(terms(t).map((x) => [x.stem, x.surface]));
    for (const [stem, surface] of seen) {
      const entry = df.get(stem) ?? { n: 0, surfaces: new Map<string, number>() };
      entry.n += 1;
      entry.surfaces.set(surface, (entry.surfaces.get(surface) ?? 0) + 1);
      df.set(stem, entry);
    }
  }
  const top = [...df].filter(([, v]) => v.n >= 2).sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1)).slice(0, FREQUENT_PER_PERSPECTIVE);
  // The form most texts use, rather than whichever text came first.
  const commonest = (surfaces: Map<string, number>) => [...surfaces].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
  return new Map(top.map(([stem, v]) => [stem, commonest(v.surfaces)]));
}

function compare(frequent: Map<string, Map<string, string>>): { shared: string[]; distinct: Record<string, string[]>; agreement?: number } {
  const uses = new Map<string, number>();
  for (const stems of frequent.values()) for (const s of stems.keys()) uses.set(s, (uses.get(s) ?? 0) + 1);
  const surface = (s: string) => [...frequent.values()].find((m) => m.has(s))?.get(s) ?? s;
  const shared = [...uses].filter(([, n]) => n >= 2).map(([s]) => surface(s));
  const distinct: Record<string, string[]> = {};
  for (const [id, stems] of frequent) distinct[id] = [...stems.keys()].filter((s) => uses.get(s) === 1).map((s) => stems.get(s)!);
  const union = uses.size;
  const agreement = frequent.size >= 2 && union > 0 ? Math.round((100 * shared.length) / union) : undefined;
  return { shared, distinct, ...(agreement !== undefined ? { agreement } : {}) };
}

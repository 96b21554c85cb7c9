import assert from 'node:assert/strict';
import { hvemDefinerer } from '../../domain/exercises/hvem-definerer';
import { boundsOf, showCounts, type ShownCount } from '../../domain/summary/count-steps';
import { heldBackOf } from '../../domain/summary/held-back';
import { summarisePerspectives } from '../../domain/summary/perspectives';
import { clearLanguage } from '../../domain/summary/quote-language';
import { leastThemeSize, themeSizes } from '../../domain/summary/theme-sizes';
import { mulberry32 } from '../../eval/baselines';

const identity = <T>(xs: T[]): T[] => xs;
const quotesOf = (answers: string[], k = 5, shuffle?: <T>(xs: T[]) => T[]) => {
  const s = summarisePerspectives(hvemDefinerer, answers.map((formal) => ({ formal })), k, 'all', shuffle);
  assert.ok(s.shown);
  return { quotes: s.perspectives[0].themes.flatMap((t) => t.quotes), perspective: s.perspectives[0] };
};

describe('quote-level attacks (docs/anonymity.md, rule 7)', () => {
  describe('7a: an answer\'s language is a quasi-identifier', () => {
    // The English answer is the shortest of the "stress" theme, so the most typical: before this rule, 20 of 20 runs quoted it.
    const team = ['Stress fordi vi mangler hænder hele tiden', 'Stress over al dokumentationen hver uge', 'Travlhed og stress hele dagen lang', 'Meget stress når kollegerne er syge', 'Stress og for lidt tid til borgerne', 'Stress in the team, every day'];

    it('never quotes the one colleague writing English in a Danish team, in 20 of 20 runs', () => {
      for (let run = 0; run < 20; run++) {
        const { quotes, perspective } = quotesOf(team);
        assert.ok(quotes.length > 0, 'the Danish answers are still quoted');
        assert.ok(!quotes.some((q) => /team|every day/i.test(q)), JSON.stringify(quotes));
        assert.ok(perspective.themes.some((t) => t.members.includes(5)), 'its content still counts in a theme');
      }
    });

    it('quotes English when k people wrote it, and never calls a one- or two-word answer English', () => {
      assert.equal(clearLanguage('Stress'), undefined);
      assert.equal(clearLanguage('Team work'), undefined);
      assert.equal(clearLanguage('Stress i teamet hver dag'), 'da');
      const english = ['Stress in the team every day', 'Too much stress and too little time', 'Stress because we lack hands', 'Stress about the paperwork', 'Stress and rush all day'];
      assert.ok(quotesOf(english).quotes.length > 0);
    });
  });

  describe('7f: a section quotes only when k of its people could be quoted', () => {
    it('k − 1 colleagues writing unquotable decoys cannot leave one person\'s text as the only quote', () => {
      // Four decoys share the theme word but each adds a word of its own and says too little to redact.
      const decoys = ['møder med bamse', 'møder, fisken', 'møder om kaninen', 'møder og trampolin'];
      const victim = 'For mange møder uden dagsorden';
      const { quotes, perspective } = quotesOf([...decoys, victim], 5, identity);
      assert.deepEqual(quotes, []);
      assert.equal(perspective.heldBack?.belowK, true);
      assert.ok(perspective.themes.length > 0, 'the theme itself is still shown');
    });

    it('quotes again once k people could be quoted', () => {
      const ok = ['For mange møder', 'Møder uden dagsorden', 'Lange møder hver uge', 'Møder der kunne være en mail', 'Møder hele dagen'];
      assert.ok(quotesOf(['møder med bamse', ...ok], 5, identity).quotes.length > 0);
    });
  });

  describe('7e: theme sizes that subtraction cannot resolve', () => {
    it('a section of 7 with a theme of 5 and one of 2 does not show "5 svar" next to "fewer than 5"', () => {
      const sizes = themeSizes([{ members: [0, 1, 2, 3, 4] }, { members: [5, 6] }], 0, 7, 5);
      assert.deepEqual(sizes.themes, [{ kind: 'some' }, { kind: 'few' }]);
    });

    it('from the total, the theme sizes and "other", no count below k can be worked out (every small section)', () => {
      const random = mulberry32(12);
      let checked = 0;
      for (const k of [3, 4, 5]) {
        for (let run = 0; run < 400; run++) {
          const total = k + Math.floor(random() * 9);
          const sizes: number[] = [];
          let left = total - Math.floor(random() * Math.min(4, total));
          while (left >= 2 && sizes.length < 4) {
            const size = 2 + Math.floor(random() * (left - 1));
            sizes.push(size);
            left -= size;
          }
          if (sizes.length === 0) continue;
          const other = total - sizes.reduce((a, b) => a + b, 0);
          const shown = themeSizes(sizes.map((n) => ({ members: Array.from({ length: n }) })), other, total, k);
          // What a reader sees: one block when the themes are shown together, else each theme.
          const least = leastThemeSize(sizes, total, k);
          const parts = shown.together ? [{ count: total - other, least, shown: { kind: 'some' } as ShownCount }] : sizes.map((count, i) => ({ count, least, shown: shown.themes[i] }));
          parts.push({ count: other, least: 1, shown: shown.other });
          assertNothingSmallResolves(parts, total, k);
          checked += 1;
        }
      }
      assert.ok(checked > 1000, String(checked));
    });

    it('nor when the reader counts the quotes under each theme and "Andre svar" (rule 7.8)', () => {
      const random = mulberry32(78);
      let checked = 0;
      let quotesMattered = 0;
      for (const k of [3, 4, 5]) {
        for (let run = 0; run < 400; run++) {
          const total = k + Math.floor(random() * 9);
          const sizes: number[] = [];
          let left = total - Math.floor(random() * Math.min(4, total));
          while (left >= 2 && sizes.length < 4) {
            const size = 2 + Math.floor(random() * (left - 1));
            sizes.push(size);
            left -= size;
          }
          if (sizes.length === 0) continue;
          const other = total - sizes.reduce((a, b) => a + b, 0);
          const quoted = sizes.map((n) => Math.floor(random() * (n + 1)));
          const otherQuoted = Math.floor(random() * (other + 1));
          const themes = sizes.map((n, i) => ({ members: Array.from({ length: n }, (_, j) => j), quotes: Array.from({ length: quoted[i] }, (_, j) => `q${j}`) }));
          const shown = themeSizes(themes, other, total, k, otherQuoted);
          if (JSON.stringify(shown) !== JSON.stringify(themeSizes(sizes.map((n) => ({ members: Array.from({ length: n }) })), other, total, k))) quotesMattered += 1;
          if (shown.together) continue; // one block, at most two quotes, no sizes: nothing to count
          const least = leastThemeSize(sizes, total, k);
          const parts = sizes.map((count, i) => ({ count, least: Math.max(least, quoted[i]), shown: shown.themes[i] }));
          parts.push({ count: other, least: Math.max(1, otherQuoted), shown: shown.other });
          assertNothingSmallResolves(parts, total, k);
          checked += 1;
        }
      }
      assert.ok(checked > 800 && quotesMattered > 50, `${checked} checked, quotes changed ${quotesMattered}`);
    });

    it('the held-back tally (in full, redacted, held back) resolves no count below k either', () => {
      for (const k of [3, 5]) {
        for (let total = k; total <= 12; total++) {
          for (let full = 0; full <= total; full++) {
            for (let redacted = 0; full + redacted <= total; redacted++) {
              if (full + redacted < k) continue; // below k people could be quoted: nothing is counted (7f)
              const held = heldBackOf({ full, redacted, heldBack: total - full - redacted, belowK: false }, k);
              assertNothingSmallResolves([full, redacted, total - full - redacted].map((count, i) => ({ count, least: 1, shown: [held.full, held.redacted, held.heldBack][i] })), total, k);
            }
          }
        }
      }
    });

    it('shows a size exactly when nothing small follows from it', () => {
      assert.deepEqual(showCounts([{ count: 6, least: 2 }, { count: 5, least: 2 }], 11, 5).shown, [{ kind: 'exact', count: 6 }, { kind: 'exact', count: 5 }]);
    });
  });
});

/**
 * Brute force, apart from count-steps.ts's arithmetic: every way the parts could be, given what is
 * shown and the total; each set of parts whose true sum is 1 to k − 1 must have two possible sums.
 */
function assertNothingSmallResolves(parts: { count: number; least: number; shown: ShownCount }[], total: number, k: number): void {
  const ranges = parts.map((p) => boundsOf(p.shown, p, total, k));
  const possible: number[][] = [];
  const walk = (i: number, acc: number[], sum: number) => {
    if (sum > total) return;
    if (i === ranges.length) {
      if (sum === total) possible.push(acc);
      return;
    }
    for (let v = ranges[i][0]; v <= ranges[i][1]; v++) walk(i + 1, [...acc, v], sum + v);
  };
  walk(0, [], 0);
  assert.ok(possible.some((xs) => xs.every((x, i) => x === parts[i].count)), `the truth is possible: ${JSON.stringify({ parts, total, k })}`);
  for (let set = 1; set < 1 << parts.length; set++) {
    const sumOf = (xs: number[]) => xs.reduce((s, x, i) => (set & (1 << i) ? s + x : s), 0);
    const truth = sumOf(parts.map((p) => p.count));
    if (truth < 1 || truth >= k) continue;
    const sums = new Set(possible.map(sumOf));
    assert.ok(sums.size >= 2, `a count of ${truth} can be worked out: ${JSON.stringify({ parts, total, k, set })}`);
  }
}

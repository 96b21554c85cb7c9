import assert from 'node:assert/strict';
import { hvemDefinerer } from '../../domain/exercises/hvem-definerer';
import { boundsOf, showCounts, type ShownCount } from '../../domain/summary/count-steps';
import { heldBackOf, type HeldBack, type QuotesShown } from '../../domain/summary/held-back';
import { quoteLimit } from '../../domain/summary/unquoted';
import { summarisePerspectives } from '../../domain/summary/perspectives';
import { clearLanguage } from '../../domain/summary/quote-language';
import { leastThemeSize, themeSizes } from '../../domain/summary/theme-sizes';
import { mulberry32 } from '../../eval/baselines';

const identity = <T>(xs: T[]): T[] => xs;
const quotesOf = (answers: string[], k = 5, shuffle?: <T>(xs: T[]) => T[]) => {
  const s = summarisePerspectives(
    hvemDefinerer,
    answers.map((formal) => ({ formal })),
    k,
    'all',
    shuffle,
  );
  assert.ok(s.shown);
  return { quotes: s.perspectives[0].themes.flatMap((t) => t.quotes), perspective: s.perspectives[0] };
};

describe('quote-level attacks (docs/anonymity.md, rule 7)', () => {
  describe("7a: an answer's language is a quasi-identifier", () => {
    // The English answer is the shortest of the "stress" theme, so the most typical: before this rule, 20 of 20 runs quoted it.
    const team = [
      'Stress fordi vi mangler hænder hele tiden',
      'Stress over al dokumentationen hver uge',
      'Travlhed og stress hele dagen lang',
      'Meget stress når kollegerne er syge',
      'Stress og for lidt tid til borgerne',
      'Stress in the team, every day',
    ];

    it('never quotes the one colleague writing English in a Danish team, in 20 of 20 runs', () => {
      for (let run = 0; run < 20; run++) {
        const { quotes, perspective } = quotesOf(team);
        assert.ok(quotes.length > 0, 'the Danish answers are still quoted');
        assert.ok(!quotes.some((q) => /team|every day/i.test(q)), JSON.stringify(quotes));
        assert.ok(
          perspective.themes.some((t) => t.members.includes(5)),
          'its content still counts in a theme',
        );
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
    it("k − 1 colleagues writing unquotable decoys cannot leave one person's text as the only quote", () => {
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
          const { total, sizes, other } = smallSection(random, k);
          if (sizes.length === 0) continue;
          const shown = themeSizes(
            sizes.map((n) => ({ members: Array.from({ length: n }) })),
            other,
            total,
            k,
          );
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
          const { total, sizes, other } = smallSection(random, k);
          if (sizes.length === 0) continue;
          const quoted = sizes.map((n) => Math.floor(random() * (n + 1)));
          const otherQuoted = Math.floor(random() * (other + 1));
          const themes = sizes.map((n, i) => ({ members: Array.from({ length: n }, (_, j) => j), quotes: Array.from({ length: quoted[i] }, (_, j) => `q${j}`) }));
          const shown = themeSizes(themes, other, total, k, otherQuoted);
          if (
            JSON.stringify(shown) !==
            JSON.stringify(
              themeSizes(
                sizes.map((n) => ({ members: Array.from({ length: n }) })),
                other,
                total,
                k,
              ),
            )
          )
            quotesMattered += 1;
          const least = leastThemeSize(sizes, total, k);
          if (shown.together) {
            // One block with every theme's quotes and no size, "other" unsaid: the reader knows the themes hold at least the quotes.
            const inThemes = total - other;
            assertNothingSmallResolves(
              [
                {
                  count: inThemes,
                  least: Math.max(
                    least,
                    quoted.reduce((a, b) => a + b, 0),
                  ),
                  shown: { kind: 'some' },
                },
                { count: other, least: 0, shown: { kind: 'unsaid' } },
              ],
              total,
              k,
            );
            checked += 1;
            continue;
          }
          const parts = sizes.map((count, i) => ({ count, least: Math.max(least, quoted[i]), shown: shown.themes[i] }));
          parts.push({ count: other, least: Math.max(1, otherQuoted), shown: shown.other });
          assertNothingSmallResolves(parts, total, k);
          checked += 1;
        }
      }
      assert.ok(checked > 1000 && quotesMattered > 50, `${checked} checked, quotes changed ${quotesMattered}`);
    });

    it('the held-back tally (in full, redacted, held back) resolves no count below k either', () => {
      for (const k of [3, 5]) {
        for (let total = k; total <= 12; total++) {
          for (let full = 0; full <= total; full++) {
            for (let redacted = 0; full + redacted <= total; redacted++) {
              if (full + redacted < k) continue; // below k people could be quoted: nothing is counted (7f)
              const held = heldBackOf({ full, redacted, heldBack: total - full - redacted, belowK: false }, k);
              assertNothingSmallResolves(
                [full, redacted, total - full - redacted].map((count, i) => ({ count, least: 1, shown: [held.full, held.redacted, held.heldBack][i] })),
                total,
                k,
              );
            }
          }
        }
      }
    });

    it('nor the number held back, when the reader counts the quotes shown whole and with […] and the answers left unquoted (rule 7.2, 7.8)', () => {
      let checked = 0;
      for (const k of [3, 5]) {
        for (let total = k; total <= 12; total++) {
          for (let full = 0; full <= total; full++) {
            for (let redacted = 0; full + redacted <= total; redacted++) {
              if (full + redacted < k) continue;
              const heldBack = total - full - redacted;
              const most = quoteLimit(total, k, heldBack);
              for (let whole = 0; whole <= full; whole++) {
                for (let hidden = 0; hidden <= redacted && whole + hidden <= most; hidden++) {
                  const held = heldBackOf({ full, redacted, heldBack, belowK: false }, k, { whole, redacted: hidden });
                  assertHeldBackUnresolved({ full, redacted, heldBack }, held, { whole, redacted: hidden }, total, k);
                  checked += 1;
                }
              }
            }
          }
        }
      }
      assert.ok(checked > 5000, String(checked));
    });

    it('the team with one English answer: the Danish ones are quoted only as far as leaves k answers unquoted', () => {
      const { quotes, perspective } = quotesOf([
        'Stress fordi vi mangler hænder hele tiden',
        'Stress over al dokumentationen hver uge',
        'Travlhed og stress hele dagen lang',
        'Meget stress når kollegerne er syge',
        'Stress og for lidt tid til borgerne',
        'Stress in the team, every day',
      ]);
      assert.equal(quotes.length, 1, JSON.stringify(quotes));
      assert.ok(perspective.heldBack && perspective.heldBack.heldBack.kind !== 'exact' && perspective.heldBack.heldBack.kind !== 'zero');
    });

    it('shows a size exactly when nothing small follows from it', () => {
      assert.deepEqual(
        showCounts(
          [
            { count: 6, least: 2 },
            { count: 5, least: 2 },
          ],
          11,
          5,
        ).shown,
        [
          { kind: 'exact', count: 6 },
          { kind: 'exact', count: 5 },
        ],
      );
    });
  });
});

/** A random small section of k to k + 8 answers: up to four themes of two or more, and the rest in "other". */
function smallSection(random: () => number, k: number): { total: number; sizes: number[]; other: number } {
  const total = k + Math.floor(random() * 9);
  const sizes: number[] = [];
  let left = total - Math.floor(random() * Math.min(4, total));
  while (left >= 2 && sizes.length < 4) {
    const size = 2 + Math.floor(random() * (left - 1));
    sizes.push(size);
    left -= size;
  }
  return { total, sizes, other: total - sizes.reduce((a, b) => a + b, 0) };
}

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
  assert.ok(
    possible.some((xs) => xs.every((x, i) => x === parts[i].count)),
    `the truth is possible: ${JSON.stringify({ parts, total, k })}`,
  );
  for (let set = 1; set < 1 << parts.length; set++) {
    const sumOf = (xs: number[]) => xs.reduce((s, x, i) => (set & (1 << i) ? s + x : s), 0);
    const truth = sumOf(parts.map((p) => p.count));
    if (truth < 1 || truth >= k) continue;
    const sums = new Set(possible.map(sumOf));
    assert.ok(sums.size >= 2, `a count of ${truth} can be worked out: ${JSON.stringify({ parts, total, k, set })}`);
  }
}

/**
 * What a reader can work out about how many answers were held back: every (whole, redacted, held
 * back) that fits the line's shown forms, the quotes counted (at least that many whole and
 * redacted) and the answers left unquoted (held back are at most those). A number held back from
 * 1 to k − 1 must not be the only one possible. The whole and redacted counts are the quotes
 * themselves when everything is quoted, so only the held back is checked.
 */
function assertHeldBackUnresolved(truth: { full: number; redacted: number; heldBack: number }, held: HeldBack, shown: QuotesShown, total: number, k: number): void {
  if (truth.heldBack < 1 || truth.heldBack >= k) return;
  const [full, redacted, heldBack] = [held.full, held.redacted, held.heldBack].map((s) => boundsOf(s, { least: 1 }, total, k));
  const unquoted = total - shown.whole - shown.redacted;
  const possible = new Set<number>();
  for (let f = Math.max(full[0], shown.whole); f <= full[1]; f++) {
    for (let r = Math.max(redacted[0], shown.redacted); r <= redacted[1]; r++) {
      const h = total - f - r;
      if (h >= heldBack[0] && h <= heldBack[1] && h <= unquoted) possible.add(h);
    }
  }
  assert.ok(possible.has(truth.heldBack), `the truth is possible: ${JSON.stringify({ truth, held, shown })}`);
  assert.ok(possible.size >= 2, `exactly ${truth.heldBack} held back can be worked out: ${JSON.stringify({ truth, held, shown, total, k })}`);
}

import assert from 'node:assert/strict';
import { hvemDefinerer } from '../../domain/exercises/hvem-definerer';
import { summarisePerspectives, type PerspectivesSummary, type PerspectiveSummary } from '../../domain/summary/perspectives';
import type { AnswerTexts } from '../../domain/validation/answer';

const identity = <T>(xs: T[]): T[] => xs;

/** Six colleagues answering all three perspectives; the experienced one only three times. */
const ALL_ANSWERS: AnswerTexts[] = [
  {
    formal: 'Loven siger, at borgerne skal have hjælp til selvhjælp.',
    performed: 'Vi bruger meget tid på dokumentation og for lidt på borgerne.',
    experienced: 'Borgerne oplever ventetid på telefonen.',
  },
  {
    formal: 'Serviceloven: borgerne skal mødes med respekt og hjælp.',
    performed: 'Dokumentation, møder og kørsel mellem borgerne.',
    experienced: 'At vi kommer for sent, fordi ruten er presset.',
  },
  {
    formal: 'Kommunens politik om rehabilitering og hjælp til selvhjælp.',
    performed: 'Rehabilitering, når vi har tid – ellers praktisk hjælp.',
    experienced: 'Skriv til hanne.hansen@aarhus.dk, hun ved hvad borgerne synes om ventetiden.',
  },
  { formal: 'Borgerne skal være så selvhjulpne som muligt, siger loven.', performed: 'Vi trøster, vi hjælper, vi dokumenterer.' },
  { formal: 'Loven og kvalitetsstandarden for hjemmeplejen.', performed: 'Dokumentation fylder mere end borgerne.' },
  { formal: 'Borgerne har ret til hjælp efter serviceloven.', performed: 'Tid med borgerne er det, vi gerne vil bruge dagen på.' },
];

function shown(summary: PerspectivesSummary) {
  assert.equal(summary.shown, true, 'expected a shown summary');
  if (!summary.shown) throw new Error('unreachable');
  return summary;
}

function perspective(summary: PerspectivesSummary, id: string): PerspectiveSummary {
  const p = shown(summary).perspectives.find((x) => x.id === id);
  assert.ok(p, `no perspective '${id}'`);
  return p;
}

/** Every quote the card shows: the themes' and those under "Andre svar". */
const allQuotes = (summary: PerspectivesSummary) => shown(summary).perspectives.flatMap((p) => [...p.themes.flatMap((t) => t.quotes), ...(p.otherQuotes ?? [])]);

/** n answers to one perspective each, as in the 'assigned' distribution. */
function assigned(counts: Record<string, number>): AnswerTexts[] {
  const out: AnswerTexts[] = [];
  for (const [id, n] of Object.entries(counts)) {
    for (let i = 0; i < n; i++) out.push({ [id]: `Svar ${i} om ${id}: borgerne og trivsel, læring nummer ${i}.` });
  }
  return out;
}

describe('summarisePerspectives', () => {
  describe('below k respondents', () => {
    it('says only that nothing is shown, and carries no other data', () => {
      const summary = summarisePerspectives(hvemDefinerer, ALL_ANSWERS.slice(0, 4), 5, 'all', identity);
      assert.deepEqual(summary, { kind: 'perspectives', shown: false, k: 5 });
    });

    it('shows nothing for one fewer than k, and something from exactly k', () => {
      assert.equal(summarisePerspectives(hvemDefinerer, ALL_ANSWERS.slice(0, 5), 6, 'all', identity).shown, false);
      assert.equal(summarisePerspectives(hvemDefinerer, ALL_ANSWERS, 6, 'all', identity).shown, true);
    });

    it('shows nothing for no answers', () => {
      assert.deepEqual(summarisePerspectives(hvemDefinerer, [], 3, 'assigned', identity), { kind: 'perspectives', shown: false, k: 3 });
    });
  });

  describe("with at least k respondents, distribution 'all'", () => {
    const summary = summarisePerspectives(hvemDefinerer, ALL_ANSWERS, 5, 'all', identity);

    it("reports the respondents and the perspectives in the exercise's order", () => {
      const s = shown(summary);
      assert.equal(s.respondents, 6);
      assert.equal(s.k, 5);
      assert.deepEqual(
        s.perspectives.map((p) => [p.id, p.labelKey]),
        [
          ['formal', 'perspective.formal'],
          ['performed', 'perspective.performed'],
          ['experienced', 'perspective.experienced'],
        ],
      );
    });

    it('shows a perspective with at least k texts, with its count and themes', () => {
      const formal = perspective(summary, 'formal');
      assert.equal(formal.shown, true);
      assert.equal(formal.count, 6);
      assert.ok(formal.themes.length > 0);
      assert.equal(perspective(summary, 'performed').count, 6);
    });

    it('hides a perspective with fewer than k texts: no count, no themes, no words', () => {
      const experienced = perspective(summary, 'experienced');
      assert.deepEqual(experienced, { id: 'experienced', labelKey: 'perspective.experienced', shown: false, themes: [] });
      const s = shown(summary);
      assert.equal('experienced' in s.distinct, false);
      const json = JSON.stringify(summary);
      for (const word of ['ventetid', 'telefonen', 'ruten', 'presset', 'hanne']) assert.equal(json.includes(word), false, `'${word}' leaks`);
    });

    it('needs no complementary suppression, as participants are not split between perspectives', () => {
      assert.deepEqual(
        shown(summary).perspectives.map((p) => p.shown),
        [true, true, false],
      );
    });

    it("labels themes with written words and quotes the perspective's own texts", () => {
      const formal = perspective(summary, 'formal');
      const texts = ALL_ANSWERS.map((a) => a.formal);
      const theme = formal.themes.find((t) => t.label.includes('borgerne'));
      assert.ok(theme, JSON.stringify(formal.themes.map((t) => t.label)));
      for (const quote of formal.themes.flatMap((t) => t.quotes)) assert.ok(texts.includes(quote), quote);
      assert.equal(formal.otherCount, 6 - formal.themes.reduce((n, t) => n + t.members.length, 0));
    });

    it('lists words used often in more than one perspective as shared', () => {
      assert.ok(shown(summary).shared.includes('borgerne'), JSON.stringify(shown(summary).shared));
    });

    it('lists words used often in only one perspective as distinct to it', () => {
      const { distinct, shared } = shown(summary);
      assert.ok(distinct.formal.includes('loven'), JSON.stringify(distinct));
      assert.ok(distinct.performed.includes('dokumentation'), JSON.stringify(distinct));
      for (const words of Object.values(distinct)) for (const w of words) assert.equal(shared.includes(w), false, w);
    });

    it('gives the agreement between perspectives as a percentage', () => {
      const { agreement } = shown(summary);
      assert.ok(agreement !== undefined && agreement > 0 && agreement <= 100, String(agreement));
    });

    it('uses the most common written form of a frequent word, not the first one seen', () => {
      const answers = [
        { formal: 'En borger i centrum', performed: 'Borgerne først' },
        { formal: 'Borgerne i centrum', performed: 'Borgerne igen' },
        { formal: 'Alle borgerne i centrum', performed: 'Dokumentation' },
        { formal: 'Borgerne og loven', performed: 'Dokumentation' },
        { formal: 'Loven', performed: 'Mere dokumentation' },
      ];
      const s = shown(summarisePerspectives(hvemDefinerer, answers, 5, 'all', identity));
      assert.deepEqual(s.shared, ['borgerne']);
    });
  });

  describe("distribution 'assigned'", () => {
    it('shows every perspective that has at least k answers', () => {
      const s = shown(summarisePerspectives(hvemDefinerer, assigned({ formal: 5, performed: 6, experienced: 5 }), 5, 'assigned', identity));
      assert.deepEqual(
        s.perspectives.map((p) => [p.id, p.shown, p.count]),
        [
          ['formal', true, 5],
          ['performed', true, 6],
          ['experienced', true, 5],
        ],
      );
    });

    it('hides an extra perspective when only one is below k, so it cannot be found by subtraction', () => {
      const s = shown(summarisePerspectives(hvemDefinerer, assigned({ formal: 6, performed: 5, experienced: 1 }), 5, 'assigned', identity));
      assert.equal(s.respondents, 12);
      assert.deepEqual(
        s.perspectives.map((p) => p.shown),
        [true, false, false],
      );
      const performed = perspective(s, 'performed');
      assert.deepEqual(performed, { id: 'performed', labelKey: 'perspective.performed', shown: false, themes: [] });
      assert.deepEqual(Object.keys(s.distinct), ['formal']);
      assert.equal(s.agreement, undefined, 'no comparison with a single shown perspective');
    });

    it("does not apply that rule in 'all', where a hidden count cannot be derived", () => {
      const answers = [...assigned({ formal: 6, performed: 5 }), { experienced: 'Et enkelt svar' }];
      const s = shown(summarisePerspectives(hvemDefinerer, answers, 5, 'all', identity));
      assert.deepEqual(
        s.perspectives.map((p) => p.shown),
        [true, true, false],
      );
    });

    it('hides everything but the headline when the small perspectives cannot be covered', () => {
      const s = shown(summarisePerspectives(hvemDefinerer, assigned({ formal: 6, performed: 1, experienced: 1 }), 5, 'assigned', identity));
      assert.deepEqual(
        s.perspectives.map((p) => p.shown),
        [false, false, false],
      );
      assert.deepEqual(s.shared, []);
      assert.deepEqual(s.distinct, {});
    });

    it('never shows a count below k', () => {
      for (const counts of [
        { formal: 7, performed: 3, experienced: 4 },
        { formal: 9, performed: 8, experienced: 2 },
        { formal: 4, performed: 4, experienced: 4 },
      ]) {
        const s = shown(summarisePerspectives(hvemDefinerer, assigned(counts), 5, 'assigned', identity));
        for (const p of s.perspectives) {
          if (p.shown) assert.ok((p.count ?? 0) >= 5, JSON.stringify({ counts, p }));
          else assert.equal(p.count, undefined);
        }
      }
    });
  });

  describe('personal details', () => {
    it('masks e-mail addresses and @-handles in quotes', () => {
      const answers = [
        { experienced: 'Spørg hanne.hansen@aarhus.dk om ventetiden' },
        { experienced: 'Ventetiden er lang, siger @lars.q' },
        { experienced: 'Kaffe' },
        { experienced: 'Kage' },
        { experienced: 'Frugt' },
      ];
      const summary = summarisePerspectives(hvemDefinerer, answers, 5, 'all', identity);
      const quotes = allQuotes(summary);
      assert.ok(
        quotes.some((q) => q.includes('[e-mail]')),
        JSON.stringify(quotes),
      );
      assert.ok(
        quotes.some((q) => q.includes('@[…]')),
        JSON.stringify(quotes),
      );
      const json = JSON.stringify(summary);
      assert.equal(json.includes('hanne.hansen'), false);
      assert.equal(json.includes('aarhus.dk'), false);
      assert.equal(json.includes('lars.q'), false);
    });
  });
});

describe('summarisePerspectives: theme labels and shared words follow the rare-term rule', () => {
  // Two of six use "fiskeklubben", a word of their own: a theme of two, labelled with it, would point at them.
  const answers: AnswerTexts[] = [
    { formal: 'fiskeklubben og loven', performed: 'fiskeklubben', experienced: 'møder' },
    { formal: 'fiskeklubben og loven', performed: 'fiskeklubben igen', experienced: 'møder' },
    { formal: 'loven', performed: 'møder', experienced: 'møder' },
    { formal: 'loven', performed: 'møder', experienced: 'møder' },
    { formal: 'loven', performed: 'møder', experienced: 'møder' },
    { formal: 'loven', performed: 'møder', experienced: 'møder' },
  ];
  const s = shown(summarisePerspectives(hvemDefinerer, answers, 5, 'all', identity));
  const labels = s.perspectives.flatMap((p) => p.themes.flatMap((t) => t.label));

  it('never shows a word fewer than k people used as a label', () => {
    assert.equal(labels.includes('fiskeklubben'), false, labels.join(', '));
    assert.ok(labels.includes('loven') && labels.includes('møder'), 'words k or more used stay');
  });

  it('never lists such a word among the shared or distinct words', () => {
    const words = [...s.shared, ...Object.values(s.distinct).flat()];
    assert.equal(words.includes('fiskeklubben'), false, words.join(', '));
  });
});

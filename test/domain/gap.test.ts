import assert from 'node:assert/strict';
import type { ChoiceQuestion } from '../../domain/exercise';
import { summariseGap, type GapSummary } from '../../domain/summary/gap';

const DEGREES = [
  { value: 'informeret', labelKey: 'degree.informed' },
  { value: 'hoert', labelKey: 'degree.consulted' },
  { value: 'medinddraget', labelKey: 'degree.involved' },
  { value: 'medbestemmende', labelKey: 'degree.codetermining' },
];
const NU: ChoiceQuestion = { kind: 'choice', id: 'nu', labelKey: 'q.inddragelseNu', options: DEGREES };
const BOER: ChoiceQuestion = { kind: 'choice', id: 'boer', labelKey: 'q.inddragelseBoer', options: DEGREES };

const answer = (nu: string, boer: string, tekst = 'Vi hører først om ændringerne, når de er besluttet.') => ({ nu, boer, tekst });

function shown(s: GapSummary) {
  assert.equal(s.shown, true, JSON.stringify(s));
  if (!s.shown) throw new Error('unreachable');
  return s;
}

describe('summariseGap', () => {
  it('shows nothing but the threshold below k complete answers', () => {
    const answers: Record<string, string>[] = [
      answer('informeret', 'medinddraget'),
      answer('hoert', 'medinddraget'),
      answer('informeret', 'medbestemmende'),
      answer('hoert', 'hoert'),
      { nu: 'informeret' },
      { boer: 'medinddraget' },
      answer('informeret', 'ved-ikke'),
    ];
    assert.deepEqual(summariseGap(NU, BOER, answers, 5), { shown: false, k: 5 });
    assert.deepEqual(summariseGap(NU, BOER, [], 3), { shown: false, k: 3 });
  });

  it('compares now and should-be for a municipal team that wants to be involved earlier', () => {
    const s = shown(
      summariseGap(
        NU,
        BOER,
        [answer('informeret', 'medinddraget'), answer('informeret', 'medinddraget'), answer('hoert', 'medinddraget'), answer('informeret', 'medbestemmende'), answer('hoert', 'hoert')],
        5,
      ),
    );
    assert.equal(s.n, 5);
    assert.deepEqual(
      s.now.counts.map((c) => c.count),
      [3, 2, 0, 0],
    );
    assert.deepEqual(
      s.shouldBe.counts.map((c) => c.count),
      [0, 1, 3, 1],
    );
    assert.equal(s.now.questionId, 'nu');
    assert.equal(s.shouldBe.questionId, 'boer');
    assert.deepEqual(s.median, { now: 0, shouldBe: 2 });
    assert.equal(s.gap, 2);
    assert.deepEqual([s.wantMore, s.wantLess, s.same], [80, 0, 20]);
  });

  it('counts only people with a valid answer to both questions, in both distributions', () => {
    const complete = [answer('hoert', 'hoert'), answer('hoert', 'hoert'), answer('hoert', 'hoert'), answer('hoert', 'hoert'), answer('hoert', 'hoert')];
    const s = shown(summariseGap(NU, BOER, [...complete, { nu: 'informeret' }, answer('informeret', 'Medbestemmende'), answer('', 'medbestemmende')], 5));
    assert.equal(s.n, 5);
    assert.deepEqual(
      s.now.counts.map((c) => c.count),
      [0, 5, 0, 0],
    );
    assert.deepEqual(
      s.shouldBe.counts.map((c) => c.count),
      [0, 5, 0, 0],
    );
    assert.equal(s.gap, 0);
    assert.deepEqual([s.wantMore, s.wantLess, s.same], [0, 0, 100]);
  });

  it('gives a negative gap when the team wants less, and a half step for an even n', () => {
    const s = shown(
      summariseGap(
        NU,
        BOER,
        [
          answer('medbestemmende', 'medinddraget'),
          answer('medbestemmende', 'hoert'),
          answer('medinddraget', 'medinddraget'),
          answer('medinddraget', 'hoert'),
          answer('medbestemmende', 'medinddraget'),
          answer('hoert', 'medbestemmende'),
        ],
        5,
      ),
    );
    // now steps 3 3 2 2 3 1 → sorted 1 2 2 3 3 3 → median 2.5; should-be 2 1 2 1 2 3 → 1 1 2 2 2 3 → median 2.
    assert.deepEqual(s.median, { now: 2.5, shouldBe: 2 });
    assert.equal(s.gap, -0.5);
    // wantMore 1 of 6, wantLess 4, same 1: 16.7 / 66.7 / 16.7, equal remainders → the earlier ones round up.
    assert.deepEqual([s.wantMore, s.wantLess, s.same], [17, 67, 16]);
  });

  it("compares each person's own pair, not the two distributions", () => {
    // Same distributions both times (two at each end), but opposite wishes.
    const swap = [
      answer('informeret', 'medbestemmende'),
      answer('informeret', 'medbestemmende'),
      answer('medbestemmende', 'informeret'),
      answer('medbestemmende', 'informeret'),
      answer('hoert', 'hoert'),
    ];
    const s = shown(summariseGap(NU, BOER, swap, 5));
    assert.equal(s.gap, 0);
    assert.deepEqual([s.wantMore, s.wantLess, s.same], [40, 40, 20]);
  });

  it("measures steps by each question's own option order", () => {
    const boer: ChoiceQuestion = { ...BOER, options: DEGREES.map((d) => ({ ...d, value: `boer-${d.value}` })) };
    const s = shown(
      summariseGap(
        NU,
        boer,
        Array.from({ length: 5 }, () => answer('hoert', 'boer-medinddraget')),
        5,
      ),
    );
    assert.equal(s.gap, 1);
    assert.equal(s.wantMore, 100);
  });
});

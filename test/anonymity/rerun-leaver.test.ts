import assert from 'node:assert/strict';
import { vildfarelser } from '../../domain/exercises/vildfarelser';
import type { ChoiceQuestion, ExerciseDefinition, ScaleQuestion } from '../../domain/exercise';
import { summarise } from '../../domain/summary/summarise';
import { openAnswers, seeded, type ShownRun } from '../support/leaver-attack';

const K = 5;
const scale = vildfarelser.questions.find((q): q is ScaleQuestion => q.kind === 'scale')!;
const choice = vildfarelser.questions.find((q): q is ChoiceQuestion => q.kind === 'choice')!;
type Asked = ScaleQuestion | ChoiceQuestion;

const valuesOf = (q: Asked) => (q.kind === 'scale' ? Array.from({ length: q.max - q.min + 1 }, (_, i) => String(q.min + i)) : q.options.map((o) => o.value));

/**
 * What a run's summary card shows of question `q`, by the real summary code, for answers spread as
 * `counts` (per step or option): the public rule the attacker applies. Only `q` is asked, so that
 * trying every spread stays quick; the other questions' figures do not depend on it.
 */
function rule(q: Asked, repeated: boolean): (counts: readonly number[]) => string {
  const def: ExerciseDefinition = { ...vildfarelser, questions: [q] };
  const seen = new Map<string, string>();
  return (counts) => {
    const key = counts.join(',');
    if (!seen.has(key)) {
      const answers = counts.flatMap((c, i) => Array.from({ length: c }, () => ({ [q.id]: valuesOf(q)[i] })));
      const s = summarise(def, answers, { k: K, distribution: 'all' }, { repeated });
      seen.set(key, s.kind === 'mixed' && s.shown ? JSON.stringify([...s.scales, ...s.choices][0]) : 'hidden');
    }
    return seen.get(key)!;
  };
}

const countsOf = (q: Asked, answers: readonly number[]) => valuesOf(q).map((_, i) => answers.filter((a) => a === i).length);

/** The leaver's answers (indices) that still fit two runs: with everyone, then without person 0, shown as `repeated` says. */
function attack(q: Asked, people: readonly number[], repeated: { before: boolean; after: boolean }): number[] {
  const run = (answers: readonly number[], rep: boolean): ShownRun => {
    const show = rule(q, rep);
    return { n: answers.length, shown: show(countsOf(q, answers)), show };
  };
  return openAnswers(valuesOf(q).length, run(people, repeated.before), run(people.slice(1), repeated.after));
}

/** Over 300 seeded random teams of 6 to 15, how often the two runs leave the leaver one answer. */
function pinned(q: Asked, repeated: { before: boolean; after: boolean }): number {
  const random = seeded(2027);
  const pick = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  let count = 0;
  for (let i = 0; i < TRIALS; i++) {
    const n = pick(K + 1, 15);
    const people = Array.from({ length: n }, () => pick(0, valuesOf(q).length - 1));
    if (attack(q, people, repeated).length === 1) count++;
  }
  return count;
}

const TRIALS = 300;
const RERUN = { before: true, after: true };
const EXACT = { before: false, after: false };
/** What a team meets: the first run shown exactly, the second a re-run. */
const FIRST_EXACT = { before: false, after: true };

/**
 * Figures across runs (issue 14, point 3; docs/anonymity.md, "Figures across rounds"): a team runs
 * the same exercise again in its channel, Mette has left in between, everyone else answers exactly
 * as before, and the leader compares the two summaries. The attacker knows how many answered each
 * time and the public rule each summary was shown by, and tries every answer Mette could have given.
 */
describe('anonymity red team: re-run an exercise in the same channel after one person left: the two summaries do not give that person\'s answer', () => {
  it('a scale, six then five people, the first run shown exact: the re-run leaves Mette every answer open (two exact runs gave hers)', () => {
    // Mette answered 5 ("helt enig"); the five others 2, 3, 3, 4, 4 both times.
    const people = [4, 1, 2, 2, 3, 3];
    assert.deepEqual(attack(scale, people, EXACT), [4], 'the exact distributions give Mette away: the test must see the attack work');
    // Every answer someone gave in the first run stays open; only what nobody gave (1, "helt uenig") is known not to be hers, from the first run alone.
    assert.deepEqual(attack(scale, people, FIRST_EXACT), [...new Set(people)].sort());
  });

  it('a choice, six then five people, the first run shown exact: the re-run leaves Mette every option open', () => {
    const people = [3, 0, 2, 2, 3, 1];
    assert.deepEqual(attack(choice, people, EXACT), [3]);
    assert.deepEqual(attack(choice, people, FIRST_EXACT), [...new Set(people)].sort());
  });

  // Measured over random teams, as for the check-ins' rounds (rounds-leaver.test.ts). RERUN_COUNTS=1 prints the counts.
  it('over 300 random teams of 6 to 15, a first run shown exact and a re-run give the leaver\'s answer away in none', function () {
    this.timeout(120_000);
    const counts = { scale: pinned(scale, FIRST_EXACT), choice: pinned(choice, FIRST_EXACT) };
    if (process.env.RERUN_COUNTS) console.log(JSON.stringify({ trials: TRIALS, firstRunExact: counts, bothRerun: { scale: pinned(scale, RERUN), choice: pinned(choice, RERUN) }, exact: { scale: pinned(scale, EXACT), choice: pinned(choice, EXACT) } }));
    assert.deepEqual(counts, { scale: 0, choice: 0 });
  });
});

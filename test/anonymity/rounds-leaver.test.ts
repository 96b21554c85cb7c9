import assert from 'node:assert/strict';
import { summariseCheckin, type CheckinSummary } from '../../domain/checkins/summarise-checkin';
import { socialKapital } from '../../domain/checkins/templates/social-kapital';
import { kerneopgaveTjek } from '../../domain/checkins/templates/kerneopgave-tjek';
import { moedevurdering } from '../../domain/checkins/templates/moedevurdering';
import { relationelKoordinering, RC_DIMENSIONS, rcQuestionId } from '../../domain/checkins/templates/relationel-koordinering';
import type { ExerciseDefinition } from '../../domain/exercise';
import type { AnswerTexts } from '../../domain/validation/answer';
import { checkinSummaryCard } from '../../cards/checkin-summary-card';
import { cardText } from '../support/playground-client';
import { scoreUnderstanding } from '../../domain/checkins/score-understanding';
import { clearChange, roundTo } from '../../domain/anonymity/coarse';
import { openAnswers, openValues, readBesideExact, readRound, seeded, type FigureScale } from '../support/leaver-attack';
import { exactFigures } from '../../domain/checkins/exact-figures';
import type { RoundFigures } from '../../domain/checkins/trends';
import { oneDecimal } from '../../domain/numbers';
import { roundScale } from '../../domain/checkins/round-scale';
import { scoreMeeting } from '../../domain/checkins/score-meeting';
import { MEETING_ITEMS } from '../../domain/checkins/templates/moedevurdering';

const K = 5;
const round = (def: ExerciseDefinition, answers: readonly AnswerTexts[], dueAt: string, groups?: string[], exact?: Record<string, number>) =>
  summariseCheckin(def, answers, { dueAt, k: K, groups, exact });

/** The leaver's values of `item` that still fit two rounds: with everyone, then without person 0. */
function attack(def: ExerciseDefinition, people: readonly AnswerTexts[], item: string, scale: FigureScale, printed: number, groups?: string[]): number[] {
  const before = round(def, people, '2027-01-04T08:00:00Z', groups).round;
  const after = round(def, people.slice(1), '2027-02-01T08:00:00Z', groups).round;
  const n = people.length;
  return openValues(scale, readRound(scale, n, before.figures[item], before.steps?.[item], printed), readRound(scale, n - 1, after.figures[item], after.steps?.[item], printed));
}

/** How often, over many random teams of 5 to 15 (seeded), the two rounds leave the leaver one value. */
function pinnedShare(make: (pick: (lo: number, hi: number) => number, n: number) => AnswerTexts[], run: (people: AnswerTexts[]) => number[], trials = 300): { pinned: number; trials: number } {
  const random = seeded(2027);
  const pick = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  let pinned = 0;
  for (let i = 0; i < trials; i++) if (run(make(pick, pick(K + 1, 15))).length === 1) pinned++;
  return { pinned, trials };
}

const TJEK: FigureScale = { min: 1, max: 5, unit: 1 };
const JAN = '2027-01-04T08:00:00Z';
const FEB = '2027-02-01T08:00:00Z';
const MAR = '2027-03-01T08:00:00Z';

/**
 * A round filed before rounding, whose card showed `item` to one decimal (and, for the tjek, the
 * counts per step), then a rounded round without person 0, rounded beside it as summariseRound
 * does (exact-figures.ts). `between` are rounds with everyone, filed between the two. With
 * `counts`, the attacker also keeps only answers the old card's counts hold.
 */
function attackBesideExact(def: ExerciseDefinition, people: readonly AnswerTexts[], item: string, scale: FigureScale, options: { counts?: boolean; between?: number } = {}): number[] {
  const n = people.length;
  const values = people.map((p) => Number(p[item]));
  const old = oneDecimal(values.reduce((s, v) => s + v, 0) / n);
  const history: RoundFigures[] = [{ dueAt: JAN, metK: true, figures: { [item]: old } }];
  if (options.between) history.push(round(def, people, FEB, undefined, exactFigures(history, FEB)).round);
  const dueAt = options.between ? MAR : FEB;
  const after = round(def, people.slice(1), dueAt, undefined, exactFigures(history, dueAt)).round;
  const open = openValues(scale, readRound(scale, n, old, undefined, 0.1), readBesideExact(scale, n - 1, after.figures[item], old));
  return options.counts ? open.filter((x) => values.includes(x)) : open;
}

/** The tjek's clarity as a round shows it, from counts per step 1–5: the round's own code (round-scale.ts), its rounded mean and split flag. */
const TJEK_SHOWN = new Map<string, string>();
const tjekShown = (counts: readonly number[]) => {
  // The attack asks the same spreads for every team of a size: the rule is pure, so ask it once.
  const key = counts.join(',');
  const known = TJEK_SHOWN.get(key);
  if (known !== undefined) return known;
  const n = counts.reduce((a, b) => a + b, 0);
  const s = roundScale({ kind: 'scale', questionId: 'clarity', shown: true, k: K, n, counts: counts.map((count, i) => ({ value: i + 1, count })), median: 0, mean: 0, spread: { low: 1, high: 5 } });
  const shown = s.shown ? `${s.mean.value}|${s.split}` : '–';
  TJEK_SHOWN.set(key, shown);
  return shown;
};

const tjekPerson = (pick: (lo: number, hi: number) => number) => ({ clarity: String(pick(1, 5)), solved: String(pick(1, 5)) });
const pulsePerson = (pick: (lo: number, hi: number) => number) => Object.fromEntries(socialKapital.questions.map((q) => [q.id, String(pick(1, 5))]));
const meetingPerson = (pick: (lo: number, hi: number) => number) => ({ relationship: String(pick(5, 10)), goals: String(pick(5, 10)), approach: String(pick(5, 10)), overall: String(pick(5, 10)) });

const ITEM: FigureScale = { min: 0, max: 10, unit: 1 };
/** What a meeting round showed, as a number for openValues: one number per distinct card. */
const SEEN = new Map<string, number>();

/**
 * What a meeting round shows of the overall item, when the attacker knows everyone's other three
 * items (the worst case): the overall item and the total as rounded, and with `flag` the "talk
 * about it" flag, for a sum of the overall item spread over the round's people. The mean total and
 * the flag depend on the sums only, so any spread gives the round's own figures.
 */
function meetingRound(rows: readonly AnswerTexts[], flag: boolean, exact: Record<string, number> = {}): (mean: number) => number {
  return (mean) => {
    const sum = Math.round(mean * rows.length);
    const answers = rows.map((r, i) => ({ ...r, overall: String(Math.floor(sum / rows.length) + (i < sum % rows.length ? 1 : 0)) }));
    const s = scoreMeeting(answers, K, exact);
    const key = s.shown ? `${s.items.overall}|${s.meanTotal}${flag ? `|${s.discuss}` : ''}` : '–';
    if (!SEEN.has(key)) SEEN.set(key, SEEN.size);
    return SEEN.get(key) as number;
  };
}

/** The leaver's overall values that fit two meeting rounds (with everyone, then without person 0), with or without the flag. */
function attackMeeting(people: readonly AnswerTexts[], flag: boolean, besideExact: boolean): number[] {
  const n = people.length;
  const mean = (rows: readonly AnswerTexts[], id: string) => rows.reduce((s, r) => s + Number(r[id]), 0) / rows.length;
  const old = Object.fromEntries([...MEETING_ITEMS.map((id) => [id, oneDecimal(mean(people, id))]), ['total', oneDecimal(MEETING_ITEMS.reduce((t, id) => t + mean(people, id), 0))]]);
  const exact = besideExact ? exactFigures([{ dueAt: JAN, metK: true, figures: old }], FEB) : {};
  const shown = (rows: readonly AnswerTexts[]) => meetingRound(rows, flag, exact)(mean(rows, 'overall'));
  const before = besideExact ? readRound(ITEM, n, old.overall, undefined, 0.1) : { n, value: shown(people), show: meetingRound(people, flag) };
  return openValues(ITEM, before, { n: n - 1, value: shown(people.slice(1)), show: meetingRound(people.slice(1), flag, exact) });
}

/**
 * Figures across rounds (issue 14, point 3; docs/anonymity.md, "Figures across rounds"): Mette left
 * the team between two rounds, everyone else answered exactly as before, and the leader subtracts
 * the second round's figures from the first. The attacker knows how many answered each round and
 * the rounding rule, and tries every answer Mette could have given.
 */
describe('anonymity red team: one person leaves between two check-in rounds and the rest answer alike', () => {
  it('kerneopgave-tjek, six then five: the clarity mean leaves Mette at least two answers open, and no count per step is shown', () => {
    const people = [{ clarity: '5' }, { clarity: '3' }, { clarity: '4' }, { clarity: '4' }, { clarity: '3' }, { clarity: '2' }];
    const open = attack(kerneopgaveTjek, people, 'clarity', { min: 1, max: 5, unit: 1 }, 0.1);
    assert.ok(open.length >= 2 && open.includes(5), `open: ${open}`);
    const summary = round(kerneopgaveTjek, people, '2027-01-04T08:00:00Z');
    const text = cardText(checkinSummaryCard('da', { title: 'Kerneopgave-tjek', k: K, summary, history: [] }));
    assert.doesNotMatch(text, /\d+ \(\d+ %\)/, 'a count per step gives the leaver away');
    assert.match(text, /Gennemsnit: 3 af 5/);
    assert.match(text, /afrundet/);
  });

  it('social-capital pulse, six then five: trust leaves Mette at least two scores open, and the card prints the rounded one', () => {
    const people = [0, 1, 2, 3, 4, 5].map((i) => Object.fromEntries(socialKapital.questions.map((q) => [q.id, i === 0 ? '1' : '4'])));
    const open = attack(socialKapital, people, 'trust', { min: 0, max: 100, unit: 100 / 12 }, 1);
    assert.ok(open.length >= 2 && open.includes(0), `open: ${open}`);
    const summary = round(socialKapital, people, '2027-01-04T08:00:00Z');
    assert.match(cardText(checkinSummaryCard('da', { title: 'Puls', k: K, summary, history: [] })), /Tillid: 70 af 100/);
  });

  it('meeting rating, six then five: the overall item and the total leave Mette at least two ratings open', () => {
    const people = [{ relationship: '10', goals: '10', approach: '10', overall: '6' }, ...[1, 2, 3, 4, 5].map(() => ({ relationship: '9', goals: '9', approach: '9', overall: '9' }))];
    assert.ok(attack(moedevurdering, people, 'overall', { min: 0, max: 10, unit: 1 }, 0.1).length >= 2);
    assert.ok(attack(moedevurdering, people, 'total', { min: 0, max: 40, unit: 1 }, 0.1).length >= 2);
  });

  it('meeting rating: whether Mette was under the line is not shown as a share, which two rounds gave away in 281 of 300 random teams', () => {
    // Each person is under the line or not: a share of people moves by one whole person, and even rounded for n/4 two rounds told it in 62 of 300.
    const people = [{ relationship: '8', goals: '8', approach: '8', overall: '8' }, ...[1, 2, 3, 4, 5].map(() => ({ relationship: '10', goals: '10', approach: '9', overall: '10' }))];
    const summary = round(moedevurdering, people, '2027-01-04T08:00:00Z');
    assert.ok(!('flaggedShare' in summary.round.figures), "no share under the line among the round's figures");
    assert.doesNotMatch(cardText(checkinSummaryCard('da', { title: 'Møde', k: K, summary, history: [] })), /%/);
  });

  it('relational coordination, a teacher moves to another group between rounds: how the teachers rate the pedagogues leaves her rating open', () => {
    const groups = ['Lærere', 'Pædagoger'];
    const rates = (group: string, value: string) => ({ group, ...Object.fromEntries(RC_DIMENSIONS.map((d) => [rcQuestionId(groups.indexOf(group) === 0 ? 1 : 0, d), value])) });
    const people = [rates('Lærere', '2'), ...[1, 2, 3, 4, 5].map(() => rates('Lærere', '4')), ...[1, 2, 3, 4, 5].map(() => rates('Pædagoger', '3'))];
    const before = round(relationelKoordinering, people, '2027-01-04T08:00:00Z', groups);
    const after = round(relationelKoordinering, people.slice(1), '2027-02-01T08:00:00Z', groups);
    const shown = (s: CheckinSummary) => (s.score.kind === 'relationalCoordination' && s.score.shown && s.score.byRater[0].shown ? s.score.byRater[0] : undefined);
    const [b, a] = [shown(before), shown(after)];
    assert.ok(b && a, 'both rounds show how the teachers rate the others');
    // The attacker guesses she gave one value on all seven items, as many do: then her rating is a whole step.
    const scale = { min: 1, max: 5, unit: 1 };
    const open = openValues(scale, readRound(scale, 6, b.score, b.step, 0.1), readRound(scale, 5, a.score, a.step, 0.1));
    assert.ok(open.length >= 2 && open.includes(2), `open: ${open}`);
  });

  it("shared understanding, twenty-one then twenty who write the same sentence: the overall figure leaves Mette's closeness to the others open", () => {
    const same = 'Vi skaber trygge rammer for børnenes læring og trivsel';
    const mette = 'Vi møder hver familie med respekt og nysgerrighed';
    const people = [{ sentence: mette }, ...Array.from({ length: 20 }, () => ({ sentence: same }))];
    const before = scoreUnderstanding(people, [], K);
    const after = scoreUnderstanding(people.slice(1), [], K);
    assert.ok(before.shown && after.shown);
    assert.equal(after.overall, 100, 'the twenty agree fully, so the attacker knows every pair among them');
    // Mette is in 20 of the 210 pairs, each with the same closeness c to the others: overall = (190 + 20c) / 210.
    const fits = Array.from({ length: 21 }, (_, i) => i / 20).filter((c) => roundTo((100 * (190 + 20 * c)) / 210, { min: 0, max: 100 }, before.step) === before.overall);
    assert.ok(fits.length >= 5, `closeness values that fit: ${fits}`);
    assert.ok(fits[fits.length - 1] - fits[0] >= 0.4, `the fitting values span only ${fits[0]}–${fits[fits.length - 1]}`);
    // One person is in 20 of 210 pairs and moves the figure by up to 9.5: rounded as for 21 people (a step of 5), 90 → 100 read as a clear change that only Mette made.
    assert.equal(
      clearChange({ value: before.overall, step: before.step }, { value: after.overall, step: after.step }),
      false,
      `${before.overall} (step ${before.step}) → ${after.overall} (step ${after.step}) is called a clear change`,
    );
  });

  // Rounds filed before rounding showed exact figures, and their cards are still in the thread. Rounded
  // on its own, the first rounded round gave the leaver away beside them in 14 of 300 teams (22 with the
  // old card's counts per step); rounded for n/2 people, still 11 (16). Any step's edge next to the old sum does it.
  it('a round shown exactly, then a rounded one without Mette: rounded beside the exact figure, the two give her answer away in no team of 300', () => {
    const team = (pick: (lo: number, hi: number) => number, n: number) => Array.from({ length: n }, () => tjekPerson(pick));
    const tjek = pinnedShare(team, (p) => attackBesideExact(kerneopgaveTjek, p, 'clarity', TJEK));
    const tjekCounts = pinnedShare(team, (p) => attackBesideExact(kerneopgaveTjek, p, 'clarity', TJEK, { counts: true }));
    // She left one round later: the exact round and the second rounded one (the first gave nothing away, as the team was the same).
    const tjekLater = pinnedShare(team, (p) => attackBesideExact(kerneopgaveTjek, p, 'clarity', TJEK, { counts: true, between: 1 }));
    const meeting = pinnedShare(
      (pick, n) => Array.from({ length: n }, () => meetingPerson(pick)),
      (p) => attackBesideExact(moedevurdering, p, 'overall', { min: 0, max: 10, unit: 1 }),
    );
    if (process.env.LEAVER_COUNTS) console.log(JSON.stringify({ tjek, tjekCounts, tjekLater, meeting }));
    for (const [name, m] of Object.entries({ tjek, tjekCounts, tjekLater, meeting })) assert.equal(m.pinned, 0, `${name}: ${m.pinned} of ${m.trials} given away`);
  });

  it("beside an exact tjek round, no split flag: with the old card's counts per step it told which answer left", () => {
    const people = [{ clarity: '1' }, { clarity: '1' }, { clarity: '2' }, { clarity: '1' }, { clarity: '5' }, { clarity: '5' }, { clarity: '4' }, { clarity: '5' }];
    const alone = round(kerneopgaveTjek, people, FEB);
    const beside = round(kerneopgaveTjek, people, FEB, undefined, { clarity: 2.9 });
    const split = (s: CheckinSummary) => (s.score.kind === 'mixed' && s.score.roundScales?.[0].shown ? s.score.roundScales[0].split : undefined);
    assert.deepEqual([split(alone), split(beside)], [true, false]);
    const text = cardText(checkinSummaryCard('da', { title: 'Kerneopgave-tjek', k: K, summary: beside, history: [{ dueAt: JAN, metK: true, figures: { clarity: 2.9, solved: 3 } }] }));
    assert.doesNotMatch(text, /Svarene er delt i to lejre/);
    assert.match(text, /Om svarene er delt i to lejre, vises ikke/);
  });

  // The tjek's "two camps" flag is one more figure per round. Shown whenever twoCamps held, it gave the leaver
  // away in 7 of 300 teams where the mean alone gave 2; shown only when it holds by more than one person (clear-split.ts), in 2.
  it('kerneopgave-tjek with its split flag: the two rounds give the leaver away no more often than with the mean alone', function () {
    this.timeout(30_000);
    const counts = (rows: readonly AnswerTexts[]) => [1, 2, 3, 4, 5].map((v) => rows.filter((r) => Number(r.clarity) === v).length);
    const team = (pick: (lo: number, hi: number) => number, n: number) => Array.from({ length: n }, () => tjekPerson(pick));
    // The attacker tries every spread of the others' answers, since the flag depends on more than their sum.
    const withSplit = pinnedShare(team, (p) =>
      openAnswers(5, { n: p.length, shown: tjekShown(counts(p)), show: tjekShown }, { n: p.length - 1, shown: tjekShown(counts(p.slice(1))), show: tjekShown }),
    );
    const meanOnly = pinnedShare(team, (p) => attack(kerneopgaveTjek, p, 'clarity', TJEK, 0.1));
    if (process.env.LEAVER_COUNTS) console.log(JSON.stringify({ meanOnly, withSplit }));
    assert.ok(withSplit.pinned <= meanOnly.pinned, `with the split flag ${withSplit.pinned} of 300, with the mean alone ${meanOnly.pinned}`);
  });

  // The "talk about it" flag on the unrounded means was one bit more than the rounded figures. With every item
  // 8–10 it gave the leaver's overall item away beside an exact round in 1 of 300 teams (0 without it); where the
  // other items are all 10, so the flag hangs on this one, in 13 of 300 both in two ordinary rounds and beside an
  // exact one (0 without it). Read off the shown figures, the flag is a function of them and adds nothing.
  it('meeting rating with its "talk about it" flag: the leaver is given away exactly as often as without it, also beside an exact round', function () {
    this.timeout(60_000);
    const near = (pick: (lo: number, hi: number) => number) => meetingPerson((lo, hi) => pick(Math.max(lo, 8), hi));
    const teams = {
      near: (pick: (lo: number, hi: number) => number, n: number) => Array.from({ length: n }, () => near(pick)),
      oneItem: (pick: (lo: number, hi: number) => number, n: number) => Array.from({ length: n }, () => ({ ...near(pick), relationship: '10', goals: '10', approach: '10' })),
    };
    for (const [name, team] of Object.entries(teams)) {
      const counts = Object.fromEntries(
        [false, true].flatMap((besideExact) =>
          // 100 teams, not 300: the test asks for equality, which the old flag already broke within them (LEAVER_COUNTS=1 prints).
          [false, true].map((flag) => [`${besideExact ? 'exact' : 'normal'}${flag ? 'Flag' : ''}`, pinnedShare(team, (p) => attackMeeting(p, flag, besideExact), 100).pinned]),
        ),
      );
      if (process.env.LEAVER_COUNTS) console.log(name, JSON.stringify(counts));
      assert.equal(counts.normalFlag, counts.normal, `${name}: ${JSON.stringify(counts)}`);
      assert.equal(counts.exactFlag, counts.exact, `${name}: ${JSON.stringify(counts)}`);
    }
  });

  it("meeting rating beside an exact 9,0 of six: the flag no longer tells that the leaver's 10 pulled the five below 9", () => {
    // Overall 10, 9, 9, 9, 9, 8 → 9.0 shown exactly; without the 10 the five read 8.8. On the means the flag came
    // on only for a leaver's 10 ((54 − x) / 5 < 9 only for x = 10).
    const people = [10, 9, 9, 9, 9, 8].map((o) => ({ relationship: '10', goals: '10', approach: '10', overall: String(o) }));
    const open = attackMeeting(people, true, true);
    assert.deepEqual(open, attackMeeting(people, false, true));
    assert.ok(open.length >= 2 && open.includes(10), `open: ${open}`);
  });

  // Measured, not only the worked cases: before rounding, 222 (tjek) and 159 (pulse) of 300 random teams gave the leaver away.
  it("over 300 random teams of 6 to 15, the two rounds give the leaver's answer away in at most 1 in 20", () => {
    const tjek = pinnedShare(
      (pick, n) => Array.from({ length: n }, () => tjekPerson(pick)),
      (p) => attack(kerneopgaveTjek, p, 'clarity', { min: 1, max: 5, unit: 1 }, 0.1),
    );
    const pulse = pinnedShare(
      (pick, n) => Array.from({ length: n }, () => pulsePerson(pick)),
      (p) => attack(socialKapital, p, 'trust', { min: 0, max: 100, unit: 100 / 12 }, 1),
    );
    const meeting = pinnedShare(
      (pick, n) => Array.from({ length: n }, () => meetingPerson(pick)),
      (p) => attack(moedevurdering, p, 'overall', { min: 0, max: 10, unit: 1 }, 0.1),
    );
    if (process.env.LEAVER_COUNTS) console.log(JSON.stringify({ tjek, pulse, meeting }));
    for (const [name, m] of Object.entries({ tjek, pulse, meeting })) assert.ok(m.pinned / m.trials <= 0.05, `${name}: ${m.pinned} of ${m.trials} given away`);
  });
});

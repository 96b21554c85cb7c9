import assert from 'node:assert/strict';
import { checkinSummaryCard } from '../../cards/checkin-summary-card';
import { summaryCard } from '../../cards/summary-card';
import { CATALOGUE } from '../../domain/catalogue';
import { CHECKIN_TEMPLATES, roundDefinition } from '../../domain/checkins/templates';
import { summariseCheckin } from '../../domain/checkins/summarise-checkin';
import type { ExerciseDefinition } from '../../domain/exercise';
import { CUSTOM_ID } from '../../domain/exercises/custom';
import { keptSummary } from '../../domain/retention/kept-rows';
import { summarise } from '../../domain/summary/summarise';
import { sizesOnly, themeSize } from '../../domain/summary/theme-size';
import type { AnswerTexts } from '../../domain/validation/answer';
import { openSessionRecord } from '../support/session-record';
import { visibleTexts } from '../support/visible-texts';

// Issue 12, point 8: the summary that outlives retention holds counts and labels, never a profile.

const GROUPS = ['Lærere', 'Pædagoger'];
const TEXTS = [
  'Vi mangler tid til eleverne hver dag',
  'Mere tid til forberedelse af undervisningen',
  'Samarbejdet med forældrene fylder meget',
  'Samarbejdet i teamet om eleverne virker',
  'Dokumentation tager tiden fra eleverne',
  'Trivsel og læring for alle elever',
  'Forældrene skal inddrages mere i skolen',
  'Teamet mangler tid til samarbejde',
];

/** Eight people's answers, one row each, as sealing leaves them: every question answered. */
function answersFor(def: ExerciseDefinition, people = 8): AnswerTexts[] {
  return Array.from({ length: people }, (_, p) =>
    Object.fromEntries(
      def.questions.map((q, j) => {
        if (q.kind === 'freeText') return [q.id, TEXTS[(p + 3 * j) % TEXTS.length]];
        if (q.kind === 'scale') return [q.id, String(q.min + ((p * 5 + j) % (q.max - q.min + 1)))];
        if (q.kind === 'choice') return [q.id, q.options[(p + j) % q.options.length].value];
        return [q.id, GROUPS[p % 2]];
      }),
    ),
  );
}

const settings = { k: 3, distribution: 'all' as const, groups: GROUPS };
const exercises = CATALOGUE.flatMap((e) => (e.id !== CUSTOM_ID && e.definition ? [e.definition] : []));
const checkins = CHECKIN_TEMPLATES.map((d) => roundDefinition({ templateId: d.id, groups: GROUPS }, ['Skriv til forvaltningen']));
const summaryOf = (def: ExerciseDefinition, answers: readonly AnswerTexts[]) =>
  def.summaryKind === 'perspectives' || CATALOGUE.some((e) => e.id === def.id)
    ? summarise(def, answers, settings)
    : summariseCheckin(def, answers, { dueAt: '2027-03-01T08:00:00Z', k: 3, groups: GROUPS, carried: ['Skriv til forvaltningen'] });

/** Every theme in a summary, wherever it sits (perspectives, groups, sides, a check-in's score). */
function themesIn(value: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) value.forEach((v) => themesIn(v, out));
  else if (value && typeof value === 'object') {
    if (Array.isArray((value as { label?: unknown }).label) && 'quotes' in value) out.push(value as Record<string, unknown>);
    Object.values(value).forEach((v) => themesIn(v, out));
  }
  return out;
}

describe('retention: the kept summary holds no per-person profile', () => {
  for (const def of [...exercises, ...checkins]) {
    it(`${def.id}: no theme members, only sizes, and nothing whose order follows the answers`, () => {
      const answers = answersFor(def);
      const live = summaryOf(def, answers);
      const kept = keptSummary(live);
      assert.doesNotMatch(JSON.stringify(kept), /"members"/);
      const liveThemes = themesIn(live);
      const keptThemes = themesIn(kept);
      assert.equal(keptThemes.length, liveThemes.length);
      keptThemes.forEach((th, i) => assert.equal(th.size, (liveThemes[i].members as number[]).length, 'each theme keeps its size'));
      // Sealing shuffles the rows, so any order of the same people is as likely: what is kept
      // must not change with it. Member indices do; an array in answer order would.
      for (const reordered of [[...answers].reverse(), [...answers.slice(3), ...answers.slice(0, 3)]]) {
        assert.deepEqual(keptSummary(summaryOf(def, reordered)), kept);
      }
    });
  }

  it('stores no member indices at close either: the row written then holds sizes, and the card needs no more', () => {
    const def = exercises.find((d) => d.id === 'hvem-definerer')!;
    const live = summarise(def, answersFor(def), settings);
    const stored = sizesOnly(live);
    assert.doesNotMatch(JSON.stringify(stored), /"members"/);
    assert.ok(themesIn(stored).length > 0 && themesIn(stored).every((th) => typeof th.size === 'number'));
    assert.deepEqual(
      themesIn(stored).map((th) => th.quotes),
      themesIn(live).map((th) => th.quotes),
      'quotes stay until the sweep',
    );
    assert.equal(themeSize({ members: [4, 9] }), 2);
    assert.equal(themeSize({ size: 2 }), 2);
  });

  it('draws the same summary card from a swept summary, without its quotes', () => {
    for (const def of exercises) {
      const session = { ...openSessionRecord(), exerciseId: def.id, state: 'closed' as const, settings: { ...openSessionRecord().settings, groups: GROUPS } };
      const live = summarise(def, answersFor(def), settings);
      const texts = (card: unknown) =>
        visibleTexts(card)
          .map((v) => v.text)
          .filter((t) => !t.startsWith('“'));
      const fromLive = texts(summaryCard(session, live));
      const fromKept = texts(summaryCard(session, keptSummary(live)));
      assert.deepEqual(fromKept, fromLive, def.id);
    }
  });

  it('draws the check-in summary card from a swept kerneopgave-tjek round', () => {
    const def = checkins.find((d) => d.summaryKind !== 'socialCapital' && themesIn(summaryOf(d, answersFor(d))).length > 0)!;
    const summary = summaryOf(def, answersFor(def)) as ReturnType<typeof summariseCheckin>;
    const card = (s: typeof summary) =>
      visibleTexts(checkinSummaryCard('da', { title: 'Tjek', k: 3, summary: s, history: [s.round] }))
        .map((v) => v.text)
        .filter((t) => !t.startsWith('“'));
    assert.deepEqual(card(keptSummary(summary)), card(summary));
  });
});

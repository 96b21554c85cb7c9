import assert from 'node:assert/strict';
import { catalogueCard } from '../../cards/catalogue-card';
import { checkinSummaryCard } from '../../cards/checkin-summary-card';
import { cancelConfirmCard, closeConfirmCard } from '../../cards/confirm-card';
import { dataDeleteConfirmCard, dataDeletePromptCard } from '../../cards/data-delete-card';
import { welcomeCard } from '../../cards/notice-card';
import { commandHelp } from '../../dialogs/routes';
import { reminderCard } from '../../cards/reminder-card';
import type { AdaptiveCard } from '../../cards/render';
import { resultCard, resultFormCard } from '../../cards/result-card';
import { savedCard } from '../../cards/saved-card';
import { scheduleCard } from '../../cards/schedule-card';
import { scheduleConfirmDeleteCard } from '../../cards/schedule-delete-card';
import { scheduleListCard } from '../../cards/schedule-list-card';
import { answerFormCard, definitionOf, progressText, sessionCard, type SessionView } from '../../cards/session-card';
import { setupCard } from '../../cards/setup-card';
import { meetingAfterSummaryCard, meetingGuideCard } from '../../cards/meeting-guide-card';
import { summaryCard } from '../../cards/summary-card';
import { voteResultCard } from '../../cards/vote-result-card';
import { CATALOGUE } from '../../domain/catalogue';
import { summariseCheckin } from '../../domain/checkins/summarise-checkin';
import { CHECKIN_TEMPLATES } from '../../domain/checkins/templates';
import { LANGUAGES, VOTES_PER_PERSON, type ExerciseDefinition, type Language } from '../../domain/exercise';
import { summarise } from '../../domain/summary/summarise';
import { tallyVotes } from '../../domain/summary/votes';
import { schedule } from '../domain/checkins/fixtures';
import { answersTo, CARRIED, GROUPS, K, NOW, SENTENCES, sessionOf, type SessionOptions } from '../support/card-sessions';
import { holesIn, LONE_K, PLACEHOLDER, visibleTexts } from '../support/visible-texts';

/**
 * Issue 11 point 1: no card the bot can send shows an unfilled `{placeholder}` or a bare "k".
 * The cases come from the catalogue and the check-in templates, so a new exercise or template
 * is covered without touching this file; each is drawn in every phase, state and language.
 */

type Case = [name: string, build: () => AdaptiveCard];

const VIEWS: SessionView[] = ['shared', 'facilitator'];

/** Every card of one session of an exercise or a check-in round, in every phase and state. */
function sessionCases(def: ExerciseDefinition, lang: Language, name: string, extra: { variant?: string; round?: boolean }): Case[] {
  const cases: Case[] = [];
  const at = (over: Omit<SessionOptions, 'lang'> = {}) => sessionOf(def, { lang, ...extra, ...over });
  const real = definitionOf(at({}));
  for (const phase of def.phases) {
    for (const distribution of phase === 'answer' ? def.distributions : (['all'] as const)) {
      for (const view of VIEWS) {
        for (const count of [0, 7]) {
          cases.push([
            `${name} ${phase} open ${distribution} ${view} ${count} answers`,
            () => sessionCard(at({ phase, distribution }), count, phase === 'vote' ? SENTENCES.slice(0, 4) : [], undefined, view),
          ]);
        }
      }
    }
    cases.push([`${name} ${phase} closing`, () => sessionCard(at({ phase, state: 'closing' }), 7)]);
    if (phase !== 'result') {
      cases.push([`${name} ${phase} saved`, () => savedCard(at({ phase }), phase)]);
      cases.push([`${name} ${phase} close confirmation`, () => closeConfirmCard(at({ phase }), real, 2)]);
    }
  }
  cases.push([`${name} closed`, () => sessionCard(at({ state: 'closed', phase: def.phases.at(-1) }), 7)]);
  cases.push([`${name} cancelled`, () => sessionCard(at({ state: 'closed', cancelled: true }), 2)]);
  cases.push([`${name} cancel confirmation`, () => cancelConfirmCard(at({}))]);
  if (def.phases.includes('answer')) {
    const ids = real.questions.map((q) => q.id);
    cases.push([`${name} answer form, all questions`, () => answerFormCard(at({}), ids, 'Dit svar')]);
    for (const id of ids) cases.push([`${name} answer form, ${id}`, () => answerFormCard(at({ distribution: 'assigned' }), [id], 'Dit perspektiv')]);
  }
  return cases;
}

/** A one-off exercise's summaries, vote result and agreed result. */
function exerciseResultCases(def: ExerciseDefinition, lang: Language, name: string, variant?: string): Case[] {
  const session = () => sessionOf(def, { lang, variant, state: 'closed' });
  const real = () => definitionOf(session());
  const cases: Case[] = [];
  if (def.phases.includes('answer')) {
    cases.push([`${name} summary shown`, () => summaryCard(session(), summarise(real(), answersTo(real(), 9), { k: K, distribution: 'all', groups: GROUPS }))]);
    cases.push([`${name} summary below k`, () => summaryCard(session(), summarise(real(), answersTo(real(), 2), { k: K, distribution: 'all', groups: GROUPS }))]);
  }
  if (def.phases.includes('vote')) {
    const ballots = ['0,1', '0', '1,2', '0,3', '2'];
    cases.push([`${name} vote result`, () => voteResultCard(session(), tallyVotes(SENTENCES.slice(0, 4), ballots, VOTES_PER_PERSON, K))]);
    cases.push([`${name} vote result below k`, () => voteResultCard(session(), tallyVotes(SENTENCES.slice(0, 4), ballots.slice(0, 2), VOTES_PER_PERSON, K))]);
  }
  if (def.phases.includes('result')) {
    cases.push([`${name} result form`, () => resultFormCard(sessionOf(def, { lang, variant, phase: 'result' }))]);
    cases.push([`${name} result`, () => resultCard(session(), { formulation: SENTENCES[4], actions: [{ action: 'Fast punkt på personalemødet', who: 'Mette' }, { action: 'Færre interne møder' }] })]);
  }
  return cases;
}

/** A check-in round's reminder and summary. */
function roundResultCases(def: ExerciseDefinition, lang: Language, name: string): Case[] {
  const session = sessionOf(def, { lang, round: true, state: 'closed' });
  const real = definitionOf(session);
  const summaryOf = (n: number) => summariseCheckin(real, answersTo(real, n), { dueAt: session.round!.dueAt, k: K, groups: GROUPS, carried: CARRIED });
  return [
    [`${name} reminder`, () => reminderCard(lang, { title: session.settings.title, closesAt: NOW, timeZone: 'Europe/Copenhagen', progressText: progressText(lang, 'answer', 2, K) })],
    ...[9, 2].map((n): Case => [
      `${name} summary, ${n} answers`,
      () => {
        const summary = summaryOf(n);
        return checkinSummaryCard(lang, { title: session.settings.title, k: K, summary, history: [summary.round], timeZone: 'Europe/Copenhagen' });
      },
    ]),
  ];
}

/** The private meeting guide at the start and after the summary, with and without proposals and vote. */
function meetingCases(def: ExerciseDefinition, lang: Language): Case[] {
  return [false, true].flatMap((skip): Case[] => {
    const base = sessionOf(def, { lang });
    const session = { ...base, settings: { ...base.settings, meeting: { minutes: { answer: 8, proposals: 5, vote: 3 }, ...(skip ? { skipToResult: true as const } : {}) } } };
    const name = `${def.id} meeting${skip ? ', skipping to the result' : ''}`;
    return [
      [`${name} guide`, () => meetingGuideCard(session)],
      [`${name} after the summary`, () => meetingAfterSummaryCard({ ...session, phase: skip ? 'result' : 'proposals' }, 'Hvad går igen?', true)],
      [`${name} after a summary below k`, () => meetingAfterSummaryCard({ ...session, phase: 'result' }, 'Hvad går igen?', false)],
    ];
  });
}

const exercises = CATALOGUE.flatMap((e) => (e.definition ? [e.definition] : []));

function allCases(lang: Language): Case[] {
  const cases: Case[] = [
    ['catalogue', () => catalogueCard(lang, [{ title: 'Vores egen øvelse' }])],
    ['welcome', () => welcomeCard(lang)],
    ['help', () => commandHelp(lang)],
    ['help, a word not understood, personal chat', () => commandHelp(lang, { notUnderstood: 'hej', personal: true })],
    ['schedule form', () => scheduleCard(lang)],
    [
      'schedule list',
      () =>
        scheduleListCard(
          lang,
          CHECKIN_TEMPLATES.map((d, i) => schedule({ id: `s-${i}`, templateId: d.id, language: lang, ...(d.needsGroups ? { groups: GROUPS } : {}) })),
          '29:owner',
          NOW,
        ),
    ],
    ['schedule list, empty', () => scheduleListCard(lang, [], '29:owner', NOW)],
    ['delete data prompt', () => dataDeletePromptCard(lang)],
    ['delete data confirmation', () => dataDeleteConfirmCard(lang, { sessions: 3, schedules: 1 })],
  ];
  for (const def of exercises) {
    cases.push([`${def.id} setup`, () => setupCard(lang, def)]);
    cases.push(...meetingCases(def, lang));
    for (const variant of def.variants?.map((v) => v.id) ?? [undefined]) {
      const name = variant ? `${def.id}/${variant}` : def.id;
      cases.push(...sessionCases(def, lang, name, { variant }), ...exerciseResultCases(def, lang, name, variant));
    }
  }
  for (const def of CHECKIN_TEMPLATES) {
    cases.push([`${def.id} schedule delete`, () => scheduleConfirmDeleteCard(lang, schedule({ templateId: def.id, language: lang }))]);
    cases.push(...sessionCases(def, lang, `${def.id} round`, { round: true }), ...roundResultCases(def, lang, `${def.id} round`));
  }
  return cases;
}

describe('no card shows a hole: an unfilled {placeholder} or a bare k', () => {
  it('the checks themselves catch what they are for', () => {
    const card = {
      type: 'AdaptiveCard',
      body: [
        { type: 'TextBlock', text: '{group}: Vi får besked i tide' },
        { type: 'TextBlock', text: 'Færre end k svar' },
        { type: 'Input.ChoiceSet', choices: [{ title: '(k)', value: '1' }] },
      ],
      actions: [{ type: 'Action.Execute', title: 'Send', data: { verb: '{x}' } }],
    };
    assert.deepEqual(holesIn(card), ['$.body[0].text: {group}: Vi får besked i tide', '$.body[1].text: Færre end k svar', '$.body[2].choices[0].title: (k)']);
    assert.equal(LONE_K.test('kerneopgave, 5 svar, Kk'), false);
    assert.equal(PLACEHOLDER.test('Mindst 5 svar'), false);
  });

  it('covers every exercise in the catalogue and every check-in template, in both languages', () => {
    const names = LANGUAGES.flatMap((lang) => allCases(lang).map(([name]) => `${lang} ${name}`));
    for (const lang of LANGUAGES) {
      for (const def of [...exercises, ...CHECKIN_TEMPLATES]) {
        assert.ok(
          names.some((n) => n.startsWith(`${lang} ${def.id}`) && n.includes(' open ')),
          `${lang} ${def.id} is drawn open`,
        );
        const result = def.phases.includes('answer') ? 'summary' : 'vote result';
        assert.ok(
          names.some((n) => n.startsWith(`${lang} ${def.id}`) && n.includes(result)),
          `${lang} ${def.id} has its ${result} drawn`,
        );
      }
    }
    assert.ok(names.length > 500, `${names.length} cards`);
  });

  for (const lang of LANGUAGES) {
    describe(lang, () => {
      for (const [name, build] of allCases(lang)) {
        it(name, () => {
          const card = build();
          assert.ok(visibleTexts(card).length > 0, "the walker finds the card's texts");
          assert.deepEqual(holesIn(card), []);
        });
      }
    });
  }
});

import assert from 'node:assert/strict';
import { checkinSummaryCard } from '../../cards/checkin-summary-card';
import type { FigureKind } from '../../cards/figure-labels';
import { hasText } from '../../cards/i18n';
import { reminderCard } from '../../cards/reminder-card';
import { CARD_SIZE_MAX, cardSize, type AdaptiveCard } from '../../cards/render';
import { roundNoteText } from '../../cards/round-note';
import { scheduleCard } from '../../cards/schedule-card';
import { scheduleConfirmDeleteCard } from '../../cards/schedule-delete-card';
import { scheduleDuplicateCard } from '../../cards/schedule-duplicate-card';
import { scheduleSavedCard } from '../../cards/schedule-saved-card';
import { savedChanges } from '../../domain/checkins/saved-changes';
import { scheduleListCard } from '../../cards/schedule-list-card';
import { scheduleFormValues } from '../../cards/schedule-values';
import type { CoarseFigure } from '../../domain/anonymity/coarse';
import { checkSchedule } from '../../domain/checkins/check-schedule';
import { occurrencesAfter } from '../../domain/checkins/recurrence';
import type { ScheduleSettings } from '../../domain/checkins/schedule';
import { coordinationFigures, type CoordinationScore, type RcFigure } from '../../domain/checkins/score-coordination';
import { meetingFigures, type MeetingScore } from '../../domain/checkins/score-meeting';
import { socialCapitalFigures } from '../../domain/checkins/score-social-capital';
import { understandingFigures, type UnderstandingScore } from '../../domain/checkins/score-understanding';
import { summariseCheckin, type CheckinSummary } from '../../domain/checkins/summarise-checkin';
import { roundDefinition } from '../../domain/checkins/templates';
import { MEETING_ITEMS, type MeetingItem } from '../../domain/checkins/templates/moedevurdering';
import type { RoundFigures } from '../../domain/checkins/trends';
import { exactFigures } from '../../domain/checkins/exact-figures';
import type { Language } from '../../domain/exercise';
import type { Checked } from '../../domain/validation/problem';
import type { AnswerTexts } from '../../domain/validation/answer';
import { schedule } from '../domain/checkins/fixtures';
import { nodes, ofType, texts, type Json, bare } from '../support/card-nodes';

const inputs = (card: AdaptiveCard) => nodes(card).filter((n) => String(n.type).startsWith('Input.'));
const executes = (card: AdaptiveCard) => ofType(card, 'Action.Execute');
/** True when `ch` occurs in `text` without a backslash before it, i.e. as markdown. */
const LANGS: Language[] = ['da', 'en'];
/** A TextBlock with no text is an empty line on the card: a slot the template should have left out. */
const assertNoEmptyText = (card: AdaptiveCard) =>
  assert.deepEqual(
    texts(card).filter((x) => x.trim() === ''),
    [],
  );

/**
 * What Teams sends when the form's button is clicked: the action's data with every input's
 * current value merged in, as strings (Teams sends Input.Number as a string too).
 */
function submitted(card: AdaptiveCard, typed: Record<string, string> = {}): Record<string, unknown> {
  const values = Object.fromEntries(inputs(card).map((i) => [String(i.id), i.value === undefined ? '' : String(i.value)]));
  return { ...(executes(card)[0].data as Json), ...values, ...typed };
}

/** Every Action.Execute falls back to an Action.Submit with the same data (BRIEF: handle both). */
function assertFallbacks(card: AdaptiveCard) {
  for (const a of executes(card)) {
    const fallback = a.fallback as Json;
    assert.equal(fallback.type, 'Action.Submit');
    assert.deepEqual(fallback.data, a.data);
    assert.equal((a.data as Json).verb, a.verb);
  }
}

const ok = <T>(result: Checked<T>): T => {
  assert.ok(result.ok, JSON.stringify(result));
  return result.value;
};

/** A round's figures as summariseCheckin files them: the shown values, and the steps they were rounded to. */
const filed = (shown: Record<string, CoarseFigure>): Pick<RoundFigures, 'figures' | 'steps'> => ({
  figures: Object.fromEntries(Object.entries(shown).map(([item, f]) => [item, f.value])),
  steps: Object.fromEntries(Object.entries(shown).map(([item, f]) => [item, f.step])),
});

describe('check-in cards', () => {
  describe('scheduleCard', () => {
    const now = new Date('2027-02-10T12:00:00Z');
    const FIELDS = ['templateId', 'cadence', 'weekday', 'nth', 'rrule', 'time', 'timeZone', 'startDate', 'roundAmount', 'roundUnit', 'reminders', 'k', 'language', 'groups'];

    for (const lang of LANGS) {
      it(`${lang}: has one input per field checkSchedule reads, and its defaults pass it as they are`, () => {
        const card = scheduleCard(lang);
        assert.equal(card.version, '1.5');
        assertNoEmptyText(card);
        assert.deepEqual(
          inputs(card)
            .map((i) => i.id)
            .sort(),
          [...FIELDS].sort(),
        );
        const settings = ok(checkSchedule(submitted(card), now));
        assert.deepEqual(settings, {
          templateId: 'kerneopgave-tjek',
          cadence: { kind: 'monthly', nth: 1, weekday: 'MO' },
          timeOfDay: '09:00',
          timeZone: 'Europe/Copenhagen',
          startDate: '2027-02-10',
          roundLength: { amount: 3, unit: 'days' },
          k: 5,
          language: lang,
          reminderHours: [24, 48],
        });
      });
    }

    it('every input id is one checkSchedule reads: changing it changes what checkSchedule returns', () => {
      const card = scheduleCard('da');
      const check = (typed: Record<string, string>) => checkSchedule(submitted(card, typed), now);
      const value = (typed: Record<string, string>) => ok(check(typed));
      const effects: Record<string, () => void> = {
        templateId: () => assert.equal(value({ templateId: 'social-kapital' }).templateId, 'social-kapital'),
        cadence: () => assert.equal(value({ cadence: 'weekly' }).cadence.kind, 'weekly'),
        weekday: () => assert.deepEqual(value({ weekday: 'TU' }).cadence, { kind: 'monthly', nth: 1, weekday: 'TU' }),
        nth: () => assert.deepEqual(value({ nth: '-1' }).cadence, { kind: 'monthly', nth: -1, weekday: 'MO' }),
        rrule: () => assert.deepEqual(value({ cadence: 'rrule', rrule: 'FREQ=WEEKLY;BYDAY=TU' }).cadence, { kind: 'rrule', rule: 'FREQ=WEEKLY;BYDAY=TU' }),
        time: () => assert.equal(value({ time: '14:30' }).timeOfDay, '14:30'),
        timeZone: () => assert.equal(value({ timeZone: 'America/New_York' }).timeZone, 'America/New_York'),
        startDate: () => assert.equal(value({ startDate: '2027-03-01' }).startDate, '2027-03-01'),
        roundAmount: () => assert.deepEqual(value({ roundAmount: '4' }).roundLength, { amount: 4, unit: 'days' }),
        roundUnit: () => assert.deepEqual(value({ roundUnit: 'hours', roundAmount: '72' }).roundLength, { amount: 72, unit: 'hours' }),
        reminders: () => assert.deepEqual(value({ reminders: '12' }).reminderHours, [12]),
        k: () => assert.equal(value({ k: '7' }).k, 7),
        language: () => assert.equal(value({ language: 'en' }).language, 'en'),
        groups: () => assert.deepEqual(value({ templateId: 'relationel-koordinering', groups: 'Lærere\nPædagoger' }).groups, ['Lærere', 'Pædagoger']),
      };
      assert.deepEqual(Object.keys(effects).sort(), [...FIELDS].sort());
      for (const [id, effect] of Object.entries(effects)) assert.doesNotThrow(effect, id);
    });

    it('offers the cadences in words, a weekday and times in five-minute steps; no time picker', () => {
      const card = scheduleCard('da');
      const choices = (id: string) => (ofType(card, 'Input.ChoiceSet').find((i) => i.id === id)?.choices ?? []) as { title: string; value: string }[];
      assert.deepEqual(
        choices('cadence').map((c) => c.title),
        ['Hver uge', 'Hver anden uge', 'Hver måned', 'Hvert kvartal (hver tredje måned)', 'Egen regel (skrives under Avanceret)'],
      );
      assert.deepEqual(
        choices('weekday').map((c) => c.title),
        ['Mandag', 'Tirsdag', 'Onsdag', 'Torsdag', 'Fredag', 'Lørdag', 'Søndag'],
      );
      const times = choices('time').map((c) => c.value);
      assert.equal(times.length, 288);
      assert.deepEqual([times[0], times[1], times[108], times.at(-1)], ['00:00', '00:05', '09:00', '23:55']);
      assert.deepEqual(ofType(card, 'Input.Time'), []);
      assert.ok(texts(card).some((x) => x.includes('I trin på 5 minutter')));
    });

    it('keeps a time off the five-minute steps as its own choice, so the form shows what was sent', () => {
      const card = scheduleCard('da', { values: { time: '14:07' } });
      const time = ofType(card, 'Input.ChoiceSet').find((i) => i.id === 'time')!;
      assert.equal(time.value, '14:07');
      assert.deepEqual((time.choices as Json[])[0], { title: '14:07', value: '14:07' });
    });

    it("puts the custom rule and the time zone under 'Avanceret', closed, with a button that opens it; the closed defaults pass", () => {
      for (const lang of LANGS) {
        const card = scheduleCard(lang);
        const advanced = nodes(card).find((n) => n.id === 'advanced')!;
        assert.equal(advanced.isVisible, false);
        const inside = nodes(advanced).filter((n) => String(n.type).startsWith('Input.'));
        assert.deepEqual(
          inside.map((i) => [i.id, i.value]),
          [
            ['rrule', ''],
            ['timeZone', 'Europe/Copenhagen'],
          ],
        );
        assert.deepEqual(inputs(card).filter((i) => i.id === 'rrule' || i.id === 'timeZone').length, 2, 'nowhere else');
        const toggle = ofType(card, 'Action.ToggleVisibility');
        assert.deepEqual(
          toggle.map((a) => [a.title, a.targetElements]),
          [[lang === 'da' ? 'Avanceret: egen regel og tidszone' : 'Advanced: own rule and time zone', ['advanced']]],
        );
      }
    });

    it("opens 'Avanceret' when it holds something: a rule, another zone, or 'own rule' chosen", () => {
      const open = (values: Record<string, string>) => nodes(scheduleCard('da', { values })).find((n) => n.id === 'advanced')!.isVisible;
      assert.equal(open({ rrule: 'FREQ=DAILY' }), true);
      assert.equal(open({ timeZone: 'America/New_York' }), true);
      assert.equal(open({ cadence: 'rrule' }), true);
      assert.equal(open({ cadence: 'weekly', timeZone: 'Europe/Copenhagen' }), false);
    });

    it("every text input has maxLength equal to the server's limit, and its hint says the limit", () => {
      for (const lang of LANGS) {
        const card = scheduleCard(lang);
        const limits = Object.fromEntries(ofType(card, 'Input.Text').map((i) => [i.id, i.maxLength]));
        assert.deepEqual(limits, { rrule: 300, timeZone: 64, reminders: 40, groups: 732 });
        const all = texts(card);
        for (const max of [300, 64, 40, 732])
          assert.ok(
            all.some((x) => x.includes(`${max} ${lang === 'da' ? 'tegn' : 'characters'}`)),
            `${lang}: ${max}`,
          );
        // One character over each limit is refused by the server.
        for (const [id, max] of Object.entries(limits)) {
          const typed = {
            templateId: 'faelles-forstaaelse',
            cadence: id === 'rrule' ? 'rrule' : 'weekly',
            [id]: id === 'rrule' ? `FREQ=WEEKLY;BYDAY=${'MO,'.repeat(98)}MO` : 'x'.repeat(Number(max) + 1),
          };
          assert.equal(checkSchedule(submitted(card, typed), now).ok, false, id);
        }
      }
    });

    it('creating: verb schedule.save with no schedule id or version, and an Action.Submit fallback', () => {
      const card = scheduleCard('da');
      assert.deepEqual(
        executes(card).map((a) => [a.verb, a.data]),
        [['schedule.save', { verb: 'schedule.save' }]],
      );
      assertFallbacks(card);
      assert.deepEqual(ofType(card, 'Input.ChoiceSet').find((i) => i.id === 'templateId')?.choices, [
        { title: 'Kerneopgave-tjek', value: 'kerneopgave-tjek' },
        { title: 'Puls på social kapital', value: 'social-kapital' },
        { title: 'Relationel koordinering mellem faggrupper', value: 'relationel-koordinering' },
        { title: 'Vurdering af mødet', value: 'moedevurdering' },
        { title: 'Fælles forståelse af kerneopgaven', value: 'faelles-forstaaelse' },
      ]);
    });

    it('a bad submit comes back with the problems on top and everything typed kept as typed', () => {
      const typed = { cadence: 'rrule', rrule: 'FREQ=**X**', time: '25:00', reminders: '24, 48, 72, 96', k: '2', groups: '**Lærere**\n<b>x</b>', templateId: 'faelles-forstaaelse' };
      const problems = ['Skriv et klokkeslæt som TT:MM, fx 09:00.', 'Gentagelsesreglen må ikke indeholde **X**.'];
      const card = scheduleCard('da', { values: typed, problems });
      const body = card.body as Json[];
      const firstInput = body.findIndex((el) => nodes(el).some((n) => String(n.type).startsWith('Input.')));
      const problemAt = body.findIndex((el) => el.type === 'TextBlock' && el.color === 'Attention');
      assert.ok(problemAt >= 0 && problemAt < firstInput, 'problems are shown above the form');
      assert.deepEqual(
        body.filter((el) => el.color === 'Attention').map((el) => el.text),
        ['Skriv et klokkeslæt som TT:MM, fx 09:00.', 'Gentagelsesreglen må ikke indeholde \\*\\*X\\*\\*.'],
      );
      const values = submitted(card);
      for (const [id, v] of Object.entries(typed)) assert.equal(values[id], v, id);
    });

    it("editing: the template is fixed and sent in the data with the schedule's id and version; saving unchanged gives the same settings", () => {
      const s = schedule({ id: 's-9', version: 4, templateId: 'relationel-koordinering', groups: ['Lærere', 'Pædagoger'], startDate: '2027-03-01', k: 6, language: 'en', reminderHours: [36] });
      const card = scheduleCard('en', { values: scheduleFormValues(s, now), scheduleId: s.id, version: s.version });
      assert.ok(!inputs(card).some((i) => i.id === 'templateId'), 'no template choice when editing');
      assert.ok(texts(card).some((x) => x.includes('Relational coordination')));
      assert.deepEqual(executes(card)[0].data, { verb: 'schedule.save', scheduleId: 's-9', version: 4, templateId: 'relationel-koordinering' });
      assertFallbacks(card);
      const settings = ok(checkSchedule(submitted(card), now));
      const { templateId, cadence, timeOfDay, timeZone, startDate, roundLength, k, language, reminderHours, groups } = s;
      assert.deepEqual(settings, { templateId, cadence, timeOfDay, timeZone, startDate, roundLength, k, language, reminderHours, groups } satisfies ScheduleSettings);
    });

    it("editing a quarterly or custom-rule schedule shows it as it is, 'Avanceret' open for the rule, and saving unchanged keeps it", () => {
      for (const cadence of [
        { kind: 'quarterly', nth: -1, weekday: 'FR' },
        { kind: 'rrule', rule: 'FREQ=WEEKLY;BYDAY=MO,TH' },
      ] as const) {
        const s = schedule({ cadence, startDate: '2027-03-01', roundLength: { amount: 2, unit: 'days' }, reminderHours: [24] });
        const card = scheduleCard('da', { values: scheduleFormValues(s, now), scheduleId: s.id, version: s.version });
        assert.equal(nodes(card).find((n) => n.id === 'advanced')!.isVisible, cadence.kind === 'rrule');
        assert.deepEqual(ok(checkSchedule(submitted(card), now)).cadence, cadence);
      }
    });

    it("editing a schedule that started in the past: the start date moves to the next round, which keeps 'every other week' on its weeks", () => {
      // Started on a Friday; rounds on Mondays 11 Jan, 25 Jan, 8 Feb, 22 Feb. Today's date (Tuesday 16 Feb) would move them to 1 Mar.
      const tuesday = new Date('2027-02-16T12:00:00Z');
      const s = schedule({ cadence: { kind: 'biweekly', weekday: 'MO' }, startDate: '2027-01-01' });
      const values = scheduleFormValues(s, tuesday);
      assert.equal(values.startDate, '2027-02-22');
      const settings = ok(checkSchedule(submitted(scheduleCard('da', { values, scheduleId: s.id, version: s.version })), tuesday));
      assert.deepEqual(occurrencesAfter(settings, tuesday, 4), occurrencesAfter(s, tuesday, 4));
    });
  });

  describe('scheduleListCard', () => {
    const now = new Date('2027-02-10T12:00:00Z');
    const monthly = schedule({ id: 's-1', version: 3, cadence: { kind: 'monthly', nth: 1, weekday: 'MO' }, coFacilitators: [{ id: '29:co', name: 'Jonas Krogh' }] });
    const paused = schedule({ id: 's-2', version: 7, paused: true, templateId: 'moedevurdering', owner: { id: '29:other', name: '**Ib** <b>x</b>' } });
    const actionsOf = (card: AdaptiveCard) => executes(card).map((a) => [a.verb, a.data]);

    it("da: the cadence in words, round length, k, the next round in the schedule's zone, the owner", () => {
      const all = texts(scheduleListCard('da', [monthly], '29:someone', now));
      for (const line of [
        'Kerneopgave-tjek',
        'Hver måned, første mandag kl. 09:00 (dansk tid)',
        'Hver runde er åben i 3 dage, og resultater vises fra 5 svar.',
        'Minder holdet om runden efter 24 og 48 timer.',
        'Næste runde: mandag den 1. marts kl. 09:00',
        'Oprettet af Mette Holm · Medfacilitatorer: Jonas Krogh',
      ])
        assert.ok(all.includes(line), `${line}\n${all.join('\n')}`);
    });

    it('en: the same in English, and a paused schedule says so instead of a next round', () => {
      const card = scheduleListCard('en', [monthly, paused], '29:someone', now);
      assertNoEmptyText(card);
      const all = texts(card);
      assert.ok(all.includes('Every month on the first Monday at 09:00 (Danish time)'), all.join('\n'));
      assert.ok(all.includes('Next round: Monday 1 March at 09:00'));
      assert.ok(all.includes('Paused – no rounds open.'));
      assert.ok(all.includes('Meeting rating'));
    });

    it("the next round is said in the schedule's own zone, across the change to summer time", () => {
      const ny = schedule({ cadence: { kind: 'weekly', weekday: 'MO' }, timeOfDay: '09:00', timeZone: 'America/New_York' });
      const copenhagen = schedule({ cadence: { kind: 'weekly', weekday: 'MO' }, timeOfDay: '09:00' });
      // Monday 29 March 2027: Copenhagen has just moved to summer time, New York did two weeks earlier.
      const sunday = new Date('2027-03-28T12:00:00Z');
      const all = texts(scheduleListCard('da', [ny, copenhagen], 'x', sunday));
      assert.equal(all.filter((x) => x === 'Næste runde: mandag den 29. marts kl. 09:00').length, 2, all.join('\n'));
    });

    it("buttons only for the owner and co-facilitators, each with the schedule's id and version", () => {
      for (const viewer of ['29:owner', '29:co']) {
        const card = scheduleListCard('da', [monthly], viewer, now);
        assert.deepEqual(actionsOf(card), [
          ['schedule.pause', { verb: 'schedule.pause', scheduleId: 's-1', version: 3 }],
          ['schedule.edit', { verb: 'schedule.edit', scheduleId: 's-1', version: 3 }],
          ['schedule.delete', { verb: 'schedule.delete', scheduleId: 's-1', version: 3 }],
        ]);
        assertFallbacks(card);
      }
      const stranger = scheduleListCard('da', [monthly, paused], '29:someone', now);
      assert.deepEqual(actionsOf(stranger), []);
      assert.ok(texts(stranger).some((x) => x.startsWith('Kun den, der har oprettet en plan')));
    });

    it('a paused schedule offers resume instead of pause, to its own owner only', () => {
      const card = scheduleListCard('en', [monthly, paused], '29:other', now);
      assert.deepEqual(
        actionsOf(card).map(([verb]) => verb),
        ['schedule.resume', 'schedule.edit', 'schedule.delete'],
      );
      assert.ok(executes(card).every((a) => (a.data as Json).scheduleId === 's-2' && (a.data as Json).version === 7));
    });

    it('names are shown as written, never as markdown or HTML', () => {
      const line = texts(scheduleListCard('da', [paused], 'x', now)).find((x) => x.startsWith('Oprettet af'))!;
      assert.ok(!bare(line, '*') && !line.includes('<'), line);
    });

    for (const [lang, command] of [
      ['da', '@Kernedialog planlæg'],
      ['en', '@Kernedialog schedule'],
    ] as const) {
      it(`${lang}: an empty list says how to create one (${command})`, () => {
        const card = scheduleListCard(lang, [], 'x', now);
        assert.ok(texts(card).some((x) => x.includes(command)));
        assert.deepEqual(executes(card), []);
      });
    }
  });

  describe('scheduleSavedCard', () => {
    const now = new Date('2026-12-14T12:00:00Z'); // Monday 14 December 2026
    const saved = (lang: Language, typed: Record<string, string>, edited = false) => {
      const input = {
        templateId: 'kerneopgave-tjek',
        cadence: 'biweekly',
        weekday: 'TU',
        nth: '1',
        rrule: '',
        time: '14:05',
        timeZone: 'Europe/Copenhagen',
        startDate: '',
        roundAmount: '2',
        roundUnit: 'days',
        reminders: '',
        k: '5',
        language: lang,
        groups: '',
        ...typed,
      };
      const settings = ok(checkSchedule(input, now));
      return texts(scheduleSavedCard(lang, schedule({ ...settings, startDate: settings.startDate }), savedChanges(input, settings), now, edited));
    };

    it('da: states cadence, weekday, time and zone, what was saved otherwise than typed, and the first round, in words', () => {
      assert.deepEqual(saved('da', { time: '14:07' }), [
        'Det faste tjek er gemt',
        'Gemt: hver anden uge, tirsdag kl. 14:05 (dansk tid).',
        'Du valgte kl. 14:07. Runder planlægges i trin på 5 minutter, så tiden er gemt som kl. 14:05.',
        'Første runde: tirsdag den 15. december kl. 14:05, som en ny tråd i kanalen.',
        'Skriv @Kernedialog planer for at se, sætte på pause, rette eller slette kanalens faste tjek.',
      ]);
    });

    it("en: the same in English; nothing about changes when nothing changed; 'next round' after an edit", () => {
      const all = saved('en', {}, true);
      assert.deepEqual(all.slice(1, 3), ['Saved: every other week on Tuesday at 14:05 (Danish time).', 'Next round: Tuesday 15 December at 14:05, as a new thread in the channel.']);
      assert.equal(all.length, 4);
    });

    it('says a zone or rule saved in another spelling, escaped, and spells out the next rounds of a quarterly or custom rule', () => {
      const zone = saved('da', { timeZone: 'europe/copenhagen', cadence: 'quarterly', nth: '-1', weekday: 'FR' });
      assert.ok(zone.includes('Du skrev tidszonen europe/copenhagen. Den er gemt som Europe/Copenhagen.'), zone.join('\n'));
      assert.ok(zone.includes('Gemt: hver tredje måned, sidste fredag kl. 14:05 (dansk tid).'), zone.join('\n'));
      assert.ok(zone.includes('Første runde: fredag den 25. december kl. 14:05, som en ny tråd i kanalen.'), zone.join('\n'));
      assert.ok(zone.includes('Derefter: fredag den 26. marts kl. 14:05 og fredag den 25. juni kl. 14:05.'), zone.join('\n'));
      const rule = saved('en', { cadence: 'rrule', rrule: 'rrule:freq=weekly;byday=mo' });
      assert.ok(rule.includes('You wrote the rule rrule:freq=weekly;byday=mo. It is saved as FREQ=WEEKLY;BYDAY=MO.'), rule.join('\n'));
      assert.ok(rule.includes('Saved: by the rule FREQ=WEEKLY;BYDAY=MO at 14:05 (Danish time).'), rule.join('\n'));
    });
  });

  describe('scheduleDuplicateCard', () => {
    const form = { templateId: 'kerneopgave-tjek', cadence: 'weekly', weekday: 'TU', time: '14:05' };
    for (const lang of LANGS) {
      it(`${lang}: names the check-in the channel has, asks, and 'Ja' sends the form again with its own verb`, () => {
        const card = scheduleDuplicateCard(lang, [schedule({ cadence: { kind: 'monthly', nth: 1, weekday: 'MO' } })], form);
        const all = texts(card);
        assert.ok(
          all.includes(
            lang === 'da'
              ? 'Der er allerede et fast tjek i kanalen: Kerneopgave-tjek, hver måned, første mandag kl. 09:00 (dansk tid).'
              : 'There is already a recurring check-in in the channel: Core-task check-in, every month on the first Monday at 09:00 (Danish time).',
          ),
          all.join('\n'),
        );
        assert.deepEqual(
          executes(card).map((a) => [a.title, a.verb, a.data]),
          [
            [lang === 'da' ? 'Ja, planlæg et til' : 'Yes, schedule another', 'schedule.saveConfirm', { verb: 'schedule.saveConfirm', ...form }],
            [lang === 'da' ? 'Nej, behold det eksisterende' : 'No, keep the existing one', 'schedule.keepExisting', { verb: 'schedule.keepExisting' }],
          ],
        );
        assertFallbacks(card);
      });
    }
  });

  describe('scheduleConfirmDeleteCard', () => {
    for (const lang of LANGS) {
      it(`${lang}: confirm or cancel, both with the schedule's id and version`, () => {
        const card = scheduleConfirmDeleteCard(lang, schedule({ id: 's-5', version: 2 }));
        assert.deepEqual(
          executes(card).map((a) => [a.verb, a.data, a.style]),
          [
            ['schedule.deleteConfirm', { verb: 'schedule.deleteConfirm', scheduleId: 's-5', version: 2 }, 'destructive'],
            ['schedule.deleteCancel', { verb: 'schedule.deleteCancel', scheduleId: 's-5', version: 2 }, undefined],
          ],
        );
        assertFallbacks(card);
        assert.ok(texts(card).some((x) => x.includes(lang === 'da' ? 'Hver uge, mandag kl. 09:00 (dansk tid)' : 'Every week on Monday at 09:00 (Danish time)')));
      });
    }
  });

  describe('roundNoteText', () => {
    it("says the round comes from a plan and when it closes, in the schedule's zone", () => {
      assert.equal(roundNoteText('da', { late: false, closesAt: new Date('2027-03-02T08:00:00Z'), timeZone: 'Europe/Copenhagen' }), 'Runde i et fast tjek – lukker tirsdag den 2. marts kl. 09:00.');
      // Summer time: 07:00Z is 09:00 in Copenhagen.
      assert.equal(
        roundNoteText('en', { late: false, closesAt: new Date('2027-04-06T07:00:00Z'), timeZone: 'Europe/Copenhagen' }),
        'A round of a recurring check-in – closes Tuesday 6 April at 09:00.',
      );
    });

    it('adds why a round opened late', () => {
      assert.match(roundNoteText('da', { late: true, closesAt: new Date('2027-03-02T08:00:00Z'), timeZone: 'Europe/Copenhagen' }), /Åbnet senere end planlagt, fordi tjenesten var nede\.$/);
      assert.match(roundNoteText('en', { late: true, closesAt: new Date('2027-03-02T08:00:00Z'), timeZone: 'Europe/Copenhagen' }), /Opened later than planned because the service was down\.$/);
    });
  });

  describe('reminderCard', () => {
    for (const lang of LANGS) {
      it(`${lang}: when the round closes, the progress as given, that answers are anonymous; no buttons, no names`, () => {
        const progressText = lang === 'da' ? 'Færre end 5 svar indtil videre.' : 'Fewer than 5 answers so far.';
        const card = reminderCard(lang, { title: '**Vores** tjek', closesAt: new Date('2027-03-04T08:00:00Z'), timeZone: 'Europe/Copenhagen', progressText });
        const all = texts(card);
        assert.equal(all[0], lang === 'da' ? 'Påmindelse: \\*\\*Vores\\*\\* tjek' : 'Reminder: \\*\\*Vores\\*\\* tjek');
        assert.ok(all[1].includes(lang === 'da' ? 'torsdag den 4. marts kl. 09:00' : 'Thursday 4 March at 09:00'), all[1]);
        assert.ok(all.includes(progressText));
        assert.ok(all.some((x) => /anonym/i.test(x)));
        assert.deepEqual(executes(card), []);
        assertNoEmptyText(card);
        assert.deepEqual(
          Object.keys(card).filter((key) => key === 'msteams' || key === 'mentions'),
          [],
          'mentions nobody',
        );
      });
    }
  });

  describe('checkinSummaryCard', () => {
    const ZONE = 'Europe/Copenhagen';
    const carried = ['Fast punkt på **personalemødet**'];

    function socialCapitalRound(dueAt: string, answers = 6): CheckinSummary {
      const def = roundDefinition({ templateId: 'social-kapital' }, carried);
      const rows: AnswerTexts[] = Array.from({ length: answers }, (_, i) => ({
        ...Object.fromEntries(def.questions.filter((q) => q.kind === 'scale').map((q) => [q.id, q.id.startsWith('trust') ? '4' : String(3 + (i % 2))])),
        carried1: ['yes', 'yes', 'partly', 'no', 'yes', 'partly'][i % 6],
      }));
      return summariseCheckin(def, rows, { dueAt, k: 5, carried });
    }
    const history: RoundFigures[] = [
      // Ten or more answered then: steps of 10. This round, six answers, a step of 20 on 10, 30, 50, 70, 90: trust, everyone 4 → 75,
      // a tie between 70 and 90, toward the middle → 70; fairness and collaboration, three 3s and three 4s → 62.5 → 70.
      // Against the larger step only collaboration's −30 is a clear change: trust's +10 and fairness's +20 are not.
      { dueAt: '2027-01-04T08:00:00Z', metK: true, figures: { trust: 60, fairness: 50, collaboration: 100 }, steps: { trust: 10, fairness: 10, collaboration: 10 } },
      { dueAt: '2027-02-01T08:00:00Z', metK: false, figures: {} },
    ];

    for (const lang of LANGS) {
      it(`${lang}: social capital: headline, scores, change since the last round that counted, did we do it, trend and discussion`, () => {
        const card = checkinSummaryCard(lang, { title: 'Puls på social kapital', k: 5, summary: socialCapitalRound('2027-03-01T08:00:00Z'), history, timeZone: ZONE });
        const all = texts(card);
        const expected =
          lang === 'da'
            ? [
                'Opsamling: Puls på social kapital',
                '6 har svaret i denne runde.',
                'Største ændring siden sidst: Samarbejde −30.',
                'Tillid: 70 af 100',
                'Retfærdighed: 70 af 100',
                'Tallene er afrundet, grovere jo færre der har svaret, så ingens svar kan regnes ud ved at sammenligne to runder. En ændring kaldes tydelig, når den er større, end én persons svar kan flytte tallet.',
                // Fairness's +20 is one step: one person could have caused it.
                'Tillid: 70 (ingen tydelig ændring siden 4. jan.)',
                'Retfærdighed: 70 (ingen tydelig ændring siden 4. jan.)',
                'Samarbejde: 70 (−30 siden 4. jan.)',
                'Fast punkt på \\*\\*personalemødet\\*\\*',
                'Ja: 3 (50 %) · Delvist: 2 (33 %) · Nej: 1 (17 %)',
                'Runder: 4. jan. · 1. feb. · 1. mar.',
                'Tillid: 60 · – · 70',
              ]
            : [
                'Summary: Puls på social kapital',
                '6 people answered this round.',
                'Biggest change since last time: Collaboration −30.',
                'Trust: 70 of 100',
                "Figures are rounded, more coarsely the fewer have answered, so that nobody's answer can be worked out by comparing two rounds. A change is called clear when it is larger than one person's answer could move the figure.",
                'Trust: 70 (no clear change since 4 Jan)',
                'Fairness: 70 (no clear change since 4 Jan)',
                'Collaboration: 70 (−30 since 4 Jan)',
                'Yes: 3 (50%) · Partly: 2 (33%) · No: 1 (17%)',
                'Rounds: 4 Jan · 1 Feb · 1 Mar',
                'Trust: 60 · – · 70',
              ];
        for (const line of expected) assert.ok(all.includes(line), `${line}\n${all.join('\n')}`);
        assert.equal(card.version, '1.5');
        assertNoEmptyText(card);
      });
    }

    it('against a round filed before rounding: no change named, the card says why, and a figure near the old one shows the old one', () => {
      // The same round beside an exact history, as summariseRound files it. Within reach (100/6 + 2) of the old figure, the old one rounded:
      // trust 75 beside 63 → 70 either way; fairness 62.5 beside 50 → 50, not its own 70; collaboration 62.5 is out of reach of 100 → its own 70.
      const exact: RoundFigures[] = [{ dueAt: '2027-01-04T08:00:00Z', metK: true, figures: { trust: 63, fairness: 50, collaboration: 100 } }];
      const def = roundDefinition({ templateId: 'social-kapital' }, carried);
      const plain = socialCapitalRound('2027-03-01T08:00:00Z');
      const rows: AnswerTexts[] = Array.from({ length: 6 }, (_, i) => ({
        ...Object.fromEntries(def.questions.filter((q) => q.kind === 'scale').map((q) => [q.id, q.id.startsWith('trust') ? '4' : String(3 + (i % 2))])),
        carried1: 'yes',
      }));
      const summary = summariseCheckin(def, rows, { dueAt: '2027-03-01T08:00:00Z', k: 5, carried, exact: exactFigures(exact, '2027-03-01T08:00:00Z') });
      assert.deepEqual([plain.round.figures.fairness, summary.round.figures.trust, summary.round.figures.fairness, summary.round.figures.collaboration], [70, 70, 50, 70]);
      for (const [lang, lines] of [
        [
          'da',
          [
            'Tallene kan ikke sammenlignes med sidste runde, som viste dem uden afrunding.',
            'Retfærdighed: 50 af 100',
            'Tillid: 70 (kan ikke sammenlignes med 4. jan., før afrundingen)',
            'Samarbejde: 70 (kan ikke sammenlignes med 4. jan., før afrundingen)',
            'Tillid: 63 · 70',
          ],
        ],
        ['en', ["The figures can't be compared with the last round, which showed them unrounded.", 'Trust: 70 (not comparable with 4 Jan, before rounding)', 'Trust: 63 · 70']],
      ] as const) {
        const all = texts(checkinSummaryCard(lang, { title: 'Puls', k: 5, summary, history: exact, timeZone: ZONE }));
        for (const line of lines) assert.ok(all.includes(line), `${line}\n${all.join('\n')}`);
        assert.ok(!all.some((x) => /[−+]\d/.test(x)), `no change against the exact round:\n${all.join('\n')}`);
        assert.ok(
          all.some((x) => x.includes(lang === 'da' ? 'vises det gamle tal, afrundet.' : 'the old figure is shown, rounded.')),
          all.join('\n'),
        );
        assert.ok(!all.some((x) => /lejre|camps/.test(x)), 'the camps sentence is for the kerneopgave-tjek only');
      }
    });

    it('the line charts leave a round below k out of their series instead of drawing 0, one figure each, with one text fallback', () => {
      const card = checkinSummaryCard('da', { title: 'Puls', k: 5, summary: socialCapitalRound('2027-03-01T08:00:00Z'), history, timeZone: ZONE });
      const charts = ofType(card, 'Chart.Line');
      assert.equal(charts.length, 3, 'a chart per figure, drawn from two rounds that counted');
      const data = charts.flatMap((c) => c.data as { legend: string; values: { x: string; y: number }[] }[]);
      assert.equal(data.length, 3, "one series per chart: no legend to hide one behind '+2 items'");
      assert.deepEqual(
        data.map((s) => s.legend),
        ['Tillid', 'Retfærdighed', 'Samarbejde'],
      );
      assert.deepEqual(data[0].values, [
        { x: '4. jan.', y: 60 },
        { x: '1. mar.', y: 70 },
      ]);
      assert.ok(
        data.every((s) => s.values.every((v) => v.x !== '1. feb.')),
        'the round below k is a gap',
      );
      assert.ok(
        charts.every((c) => c.yMin === 0 && c.yMax === 100),
        'the axis spans the 0–100 scale',
      );
      const block = nodes(card).find((n) => n.type === 'Container' && (n.items as Json[] | undefined)?.some((i) => i.type === 'Chart.Line'))!;
      assert.deepEqual((block.fallback as Json).type, 'TextBlock');
      assert.ok(String((block.fallback as Json).text).length > 0);
      assert.ok(
        charts.every((c) => !('fallback' in c)),
        'the block falls back once, not each chart',
      );
      // Every figure of the chart is also on the card as text.
      for (const s of data)
        for (const v of s.values)
          assert.ok(
            texts(card).some((x) => x.startsWith(`${s.legend}: `) && x.includes(String(v.y))),
            `${s.legend} ${v.y}`,
          );
    });

    it('a round below k shows no figure, only that it was hidden; the trend shows it as a gap', () => {
      const summary = socialCapitalRound('2027-03-01T08:00:00Z', 3);
      const card = checkinSummaryCard('da', {
        title: 'Puls',
        k: 5,
        summary,
        history: [...history, { dueAt: '2026-12-07T08:00:00Z', metK: true, figures: { trust: 58, fairness: 50, collaboration: 66 } }],
        timeZone: ZONE,
      });
      const all = texts(card);
      assert.ok(all.includes('Der kom færre end 5 svar fra andre end facilitatorerne. For at ingen kan genkendes, vises resultatet ikke.'));
      assert.ok(!all.includes('Rundens resultat') && !all.includes('Siden sidste runde'));
      assert.ok(all.includes('For få har svaret på dette, så svarene vises ikke.'), 'the carried action, below k');
      assert.ok(all.includes('Tillid: 58 · 60 · – · –'), all.join('\n'));
      assert.ok(!all.some((x) => /\b3\b/.test(x)), 'the number who answered is not shown below k');
    });

    it('no chart until two rounds have counted', () => {
      const card = checkinSummaryCard('en', { title: 'Pulse', k: 5, summary: socialCapitalRound('2027-03-01T08:00:00Z'), history: [], timeZone: ZONE });
      assert.deepEqual(ofType(card, 'Chart.Line'), []);
      assert.ok(texts(card).includes('There is no earlier round to compare with yet.'));
      assertNoEmptyText(card);
    });

    describe('relational coordination', () => {
      const GROUPS = ['**Lærere**', '<b>x</b>', 'Pædagoger', 'Administration', 'Ledelse', 'Sundhedsplejen'];
      const hiddenAt = (r: number, c: number) => (r + c) % 4 === 1;
      // 20 to 39 people behind a figure on the 1–5 scale: rounded to steps of 0.2 from 1 (anonymity/coarse.ts).
      const fig = (shown: boolean, score: number): RcFigure => (shown ? { shown: true, n: 20, score, step: 0.2 } : { shown: false });
      const score: CoordinationScore = {
        kind: 'relationalCoordination',
        shown: true,
        k: 5,
        respondents: 36,
        groups: GROUPS,
        cells: GROUPS.map((_, r) => GROUPS.map((__, c) => fig(r !== c && !hiddenAt(r, c), 2 + (2 * ((r * 7 + c) % 15)) / 10))),
        byRater: GROUPS.map((_, g) => fig(g !== 5, 3.2)),
        byRated: GROUPS.map((_, g) => fig(g !== 4, 3.4 + (2 * g) / 10)),
        overall: fig(true, 3.6),
      };
      const round = (dueAt: string, metK = true): RoundFigures => ({ dueAt, metK, ...(metK ? filed(coordinationFigures(score)) : { figures: {} }) });
      const monthly = Array.from({ length: 12 }, (_, m) => `${m < 10 ? 2026 : 2027}-${String(((m + 2) % 12) + 1).padStart(2, '0')}-02T08:00:00Z`);
      const summary: CheckinSummary = { score, carried: [], round: round(monthly[11]) };
      const rounds = monthly.slice(0, 11).map((d, i) => round(d, i !== 4));

      for (const lang of LANGS) {
        it(`${lang}: a rater → rated table where hidden cells say "fewer than k", never a number`, () => {
          const card = checkinSummaryCard(lang, { title: 'Relationel koordinering', k: 5, summary, history: rounds, timeZone: ZONE });
          const [table] = ofType(card, 'Table');
          const rows = ofType(table, 'TableRow').map((row) => ofType(row, 'TextBlock').map((tb) => String(tb.text)));
          assert.equal(rows.length, 1 + GROUPS.length);
          const hidden = lang === 'da' ? 'for få svar' : 'too few answers';
          for (let r = 0; r < GROUPS.length; r++) {
            for (let c = 0; c < GROUPS.length; c++) {
              const cell = rows[r + 1][c + 1];
              if (r === c) assert.equal(cell, '–');
              else if (hiddenAt(r, c)) assert.equal(cell, hidden, `${r}→${c}`);
              else assert.match(cell, /^\d[.,]\d$|^\d$/, `${r}→${c}`);
            }
          }
          // The fallback for clients without Table says the same, hidden cells included.
          const fallback = texts(table.fallback);
          assert.equal(fallback.length, GROUPS.length * (GROUPS.length - 1));
          assert.equal(fallback.filter((x) => x.endsWith(`: ${hidden}`)).length, GROUPS.flatMap((_, r) => GROUPS.filter((__, c) => r !== c && hiddenAt(r, c))).length);
          assert.ok(texts(card).includes(`Ledelse: ${hidden}`), 'a hidden row or column figure says so too');
        });
      }

      it("group names are escaped in every TextBlock, and shown as written in the chart's legend", () => {
        const card = checkinSummaryCard('da', { title: 'RK', k: 5, summary, history: rounds, timeZone: ZONE });
        for (const text of texts(card)) assert.ok(!bare(text, '*') && !text.includes('<'), text);
        assert.ok(texts(card).includes('\\*\\*Lærere\\*\\*'));
        const legends = ofType(card, 'Chart.Line')
          .flatMap((c) => c.data as { legend: string }[])
          .map((s) => s.legend);
        assert.ok(legends.includes('**Lærere** (set af de andre)'), legends.join(' | '));
      });

      it('12 rounds and 6 groups stay under 80 KB without shortening, and the gap round is left out of the chart', () => {
        const card = checkinSummaryCard('da', { title: 'Relationel koordinering', k: 5, summary, history: rounds, timeZone: ZONE });
        assert.ok(cardSize(card) < CARD_SIZE_MAX, `${cardSize(card)} UTF-16 code units`);
        assert.ok(!texts(card).some((x) => x.startsWith('Opsamlingen er forkortet')));
        const data = ofType(card, 'Chart.Line').flatMap((c) => c.data as { legend: string; values: { x: string }[] }[]);
        assert.equal(data.length, 6, 'overall and the five groups shown as rated, a chart each');
        assert.ok(
          data.every((s) => s.values.length === 11),
          '12 rounds, one below k',
        );
        assert.ok(texts(card).includes('Udviklingen over de sidste 12 runder'));
      });

      it('stays under 80 KB also with the longest group names setup allows (60 characters), all markdown', () => {
        const long = GROUPS.map((_, g) => `${'*'.repeat(59)}${g}`);
        const full: CoordinationScore = {
          ...score,
          groups: long,
          cells: long.map((_, r) => long.map((__, c) => fig(r !== c, 3.4))),
          byRater: long.map(() => fig(true, 3)),
          byRated: long.map(() => fig(true, 3)),
        };
        const figures = filed(coordinationFigures(full));
        const history = monthly.slice(0, 11).map((dueAt) => ({ dueAt, metK: true, ...figures }));
        const card = checkinSummaryCard('en', { title: '*'.repeat(120), k: 5, summary: { score: full, carried: [], round: { dueAt: monthly[11], metK: true, ...figures } }, history, timeZone: ZONE });
        assert.ok(cardSize(card) < CARD_SIZE_MAX, `${cardSize(card)} UTF-16 code units`);
        assert.ok(!texts(card).some((x) => x.startsWith('The summary is shortened')));
      });
    });

    it("meeting rating: the 0–40 mean, the items and 'talk about it', which says it is read off the figures shown; no share under the line", () => {
      // 7 ratings: the total in steps of 10, items in steps of 2 (anonymity/coarse.ts).
      const score: MeetingScore = {
        kind: 'meetingRating',
        shown: true,
        k: 5,
        n: 7,
        meanTotal: 30,
        items: { relationship: 10, goals: 8, approach: 8, overall: 8 },
        steps: { total: 10, item: 2 },
        discuss: true,
      };
      const summary: CheckinSummary = { score, carried: [], round: { dueAt: '2027-03-01T08:00:00Z', metK: true, ...filed(meetingFigures(score)) } };
      const da = checkinSummaryCard('da', { title: 'Møde', k: 5, summary, history: [], timeZone: ZONE });
      assert.ok(!texts(da).some((l) => /har givet mødet/.test(l)), 'no share of people under the line');
      for (const line of [
        'Samlet score (fire punkter): 30 af 40',
        'Mål og emner: 8 af 10',
        'Mødet som helhed: 8 af 10',
        'Tallene er afrundet, grovere jo færre der har svaret, så ingens svar kan regnes ud ved at sammenligne to runder. En ændring kaldes tydelig, når den er større, end én persons svar kan flytte tallet.',
      ])
        assert.ok(texts(da).includes(line), line);
      const flag = ofType(da, 'Container').find((c) => c.style === 'attention');
      assert.ok(flag);
      assert.equal(texts(flag)[0], 'Tag en snak om det: efter de viste tal er holdets samlede score 36 eller derunder, eller et af punkterne ligger under 9.');
      assert.ok(!texts(da).some((l) => /før afrunding/.test(l)), 'the flag is read off the rounded figures');
      const en = checkinSummaryCard('en', { title: 'Meeting', k: 5, summary: { ...summary, score: { ...score, discuss: false } }, history: [], timeZone: ZONE });
      assert.ok(!ofType(en, 'Container').some((c) => c.style === 'attention'));
      assert.ok(texts(en).includes('Going by the figures shown, the team is not under the line (a total score of 36 or less, or an item below 9).'), texts(en).join('\n'));
      assert.ok(texts(en).includes('Total score (four items): 30 of 40') && texts(en).includes('The meeting as a whole: 8 of 10'), texts(en).join('\n'));
    });

    it('shared understanding: overall, and vertical only when both sides reach k', () => {
      // 12 people on 0–100: steps of 10 (anonymity/coarse.ts).
      const score: UnderstandingScore = {
        kind: 'sharedUnderstanding',
        shown: true,
        k: 5,
        n: 12,
        overall: 20,
        step: 10,
        vertical: { shown: false },
        horizontal: { shown: true, across: 10, within: 30, step: 10 },
      };
      const summary: CheckinSummary = { score, carried: [], round: { dueAt: '2027-03-01T08:00:00Z', metK: true, ...filed(understandingFigures(score)) } };
      const all = texts(checkinSummaryCard('da', { title: 'Fælles forståelse', k: 5, summary, history: [], timeZone: ZONE }));
      for (const line of [
        'Fælles forståelse: 20 af 100',
        'På tværs af faggrupper: 10 på tværs, 30 inden for',
        'Mellem ledere og medarbejdere: vises ikke – der er for få ledere eller medarbejdere, eller for få uden en rolle, til at vise det uden at afsløre nogen.',
      ])
        assert.ok(all.includes(line), line);
    });

    it("kerneopgave-tjek: the scales' means and the themes' names", () => {
      const def = roundDefinition({ templateId: 'kerneopgave-tjek' });
      const answers: AnswerTexts[] = ['4', '4', '3', '5', '4', '4'].map((clarity, i) => ({
        clarity,
        solved: String(2 + (i % 2)),
        obstacles: i % 2 ? 'For mange **møder** og dokumentation' : 'Dokumentation og møder fylder',
      }));
      const summary = summariseCheckin(def, answers, { dueAt: '2027-03-01T08:00:00Z', k: 5 });
      const all = texts(
        checkinSummaryCard('en', {
          title: 'Core task check',
          k: 5,
          summary,
          history: [{ dueAt: '2027-02-01T08:00:00Z', metK: true, figures: { clarity: 3.5, solved: 3 }, steps: { clarity: 0.5, solved: 0.5 } }],
          timeZone: ZONE,
        }),
      );
      // Clarity 4,4,3,5,4,4 has mean 4, solved 2,3,2,3,2,3 has 2.5: with 6 answers on 1–5, steps of 1 from 1, so 4 and 3.
      assert.deepEqual(summary.round.figures, { clarity: 4, solved: 3 });
      const clarityAt = all.indexOf('How clear is our core task to you right now?');
      assert.ok(clarityAt > 0, all.join('\n'));
      assert.equal(all[clarityAt + 1], 'Mean: 4 of 5');
      assert.ok(!all.some((x) => /median/i.test(x)), 'only the rounded mean: no median, spread or counts per step');
      assert.ok(
        all.includes(
          "Figures are rounded, more coarsely the fewer have answered, so that nobody's answer can be worked out by comparing two rounds. A change is called clear when it is larger than one person's answer could move the figure.",
        ),
      );
      // 3.5 → 4 is within one step: one person could have caused it.
      assert.ok(all.includes('Clarity: 4 (no clear change since 1 Feb)'), all.join('\n'));
      assert.ok(all.includes("No figure has moved since last time by more than one person's answer could move it."), all.join('\n'));
      const themesAt = all.indexOf('What got in the way of the core task?');
      assert.ok(themesAt > 0, 'the free-text question heads its themes');
      assert.match(all[themesAt + 1], /\(\d+ answers\)$|\(too few answers to show the number\)$/);
      for (const text of all) assert.ok(!bare(text, '*'), text);
    });

    it('every figure a trend can follow has a short name in both languages', () => {
      // The ids come from the domain's own figure functions, so a new figure without a name fails here.
      const shown = { shown: true as const, n: 5, score: 1, step: 1 };
      const agreement = { shown: true as const, across: 1, within: 1, step: 1 };
      const figures: Record<FigureKind, string[]> = {
        socialCapital: Object.keys(
          socialCapitalFigures({
            kind: 'socialCapital',
            shown: true,
            k: 5,
            respondents: 5,
            dimensions: (['trust', 'fairness', 'collaboration'] as const).map((dimension) => ({ dimension, ...shown })),
          }),
        ),
        // Besides 'rated:<group>', which is named with the group's own name.
        relationalCoordination: Object.keys(
          coordinationFigures({ kind: 'relationalCoordination', shown: true, k: 5, respondents: 5, groups: [], cells: [], byRater: [], byRated: [], overall: shown }),
        ),
        meetingRating: Object.keys(
          meetingFigures({
            kind: 'meetingRating',
            shown: true,
            k: 5,
            n: 5,
            meanTotal: 1,
            items: Object.fromEntries(MEETING_ITEMS.map((id) => [id, 1])) as Record<MeetingItem, number>,
            steps: { total: 10, item: 2 },
            discuss: false,
          }),
        ),
        sharedUnderstanding: Object.keys(understandingFigures({ kind: 'sharedUnderstanding', shown: true, k: 5, n: 5, overall: 1, step: 1, vertical: agreement, horizontal: agreement })),
        coreTaskCheck: roundDefinition({ templateId: 'kerneopgave-tjek' })
          .questions.filter((q) => q.kind === 'scale')
          .map((q) => q.id),
      };
      for (const lang of LANGS) {
        for (const [kind, ids] of Object.entries(figures)) for (const id of ids) assert.ok(hasText(lang, `checkin.figure.${kind}.${id}`), `${lang}: ${kind}.${id}`);
      }
    });

    it("when the kerneopgave-tjek's themes would take it over 80 KB, they are left out and the card says so", () => {
      const def = roundDefinition({ templateId: 'kerneopgave-tjek' });
      const answers: AnswerTexts[] = Array.from({ length: 6 }, () => ({ clarity: '4', solved: '3', obstacles: 'Dokumentation og møder fylder' }));
      const summary = summariseCheckin(def, answers, { dueAt: '2027-03-01T08:00:00Z', k: 5 });
      assert.ok(summary.score.kind === 'mixed' && summary.score.shown);
      // Far beyond what theming produces (1–3 short words per label), to reach the limit at all.
      const word = (i: number) => `ord${i}`.padEnd(5000, 'x');
      const perspectives = def.questions
        .filter((q) => q.kind === 'freeText')
        .map((q) => ({
          id: q.id,
          labelKey: q.labelKey,
          shown: true,
          count: 6,
          themes: Array.from({ length: 10 }, (_, i) => ({ label: [word(i)], members: [0, 1, 2, 3, 4, 5], quotes: [] })),
        }));
      const texts_ = { kind: 'perspectives' as const, shown: true as const, k: 5, respondents: 6, perspectives, shared: [], distinct: {} };
      const big: CheckinSummary = { ...summary, score: { ...summary.score, texts: texts_ } };
      const card = checkinSummaryCard('da', { title: 'Kerneopgave-tjek', k: 5, summary: big, history: [], timeZone: ZONE });
      assert.ok(cardSize(card) <= CARD_SIZE_MAX);
      const all = texts(card);
      assert.ok(all.some((x) => x.startsWith('Opsamlingen er forkortet')));
      assert.ok(!all.some((x) => x.includes('ord0')), 'the themes are gone');
      assert.ok(all.includes('Gennemsnit: 4 af 5') && all.includes('Gennemsnit: 3 af 5'), "the scales' rounded means stay");
    });
  });
});

import assert from 'node:assert/strict';
import da from '../../../cards/strings/da.json';
import en from '../../../cards/strings/en.json';
import { t } from '../../../cards/i18n';
import { problemTexts } from '../../../cards/notice-card';
import { CATALOGUE } from '../../../domain/catalogue';
import { stringKeysOf, type ExerciseDefinition } from '../../../domain/exercise';
import { checkCarriedActions } from '../../../domain/checkins/carry-forward';
import { checkSchedule } from '../../../domain/checkins/check-schedule';
import { editSchedule, setCoFacilitators } from '../../../domain/checkins/manage';
import { CHECKIN_TEMPLATES, checkinTemplate, roundDefinition } from '../../../domain/checkins/templates';
import { relationalCoordinationFor } from '../../../domain/checkins/templates/relationel-koordinering';
import { checkAnswer } from '../../../domain/validation/answer';
import type { Checked, Problem } from '../../../domain/validation/problem';
import { schedule } from './fixtures';

const TABLES = { da, en } as Record<'da' | 'en', Record<string, string>>;
const GROUPS = ['Lærere', 'Pædagoger', 'Ledelse'];
const CARRIED = ['Fast punkt om kerneopgaven på personalemødet', 'Færre dobbeltregistreringer'];
/** Every definition a round can run: each template, with groups and carried actions. */
const ROUNDS: ExerciseDefinition[] = CHECKIN_TEMPLATES.map((tpl) => roundDefinition({ templateId: tpl.id, groups: GROUPS }, CARRIED));

describe('check-in templates', () => {
  it('are the five from the brief, with ids of their own', () => {
    assert.deepEqual(
      CHECKIN_TEMPLATES.map((x) => x.id),
      ['kerneopgave-tjek', 'social-kapital', 'relationel-koordinering', 'moedevurdering', 'faelles-forstaaelse'],
    );
    const catalogue = new Set(CATALOGUE.map((e) => e.id));
    assert.deepEqual(
      CHECKIN_TEMPLATES.filter((x) => catalogue.has(x.id)),
      [],
    );
    assert.equal(checkinTemplate('hvem-definerer'), undefined);
  });

  it('have one answer phase, everyone answering everything, and a summary kind each', () => {
    for (const def of CHECKIN_TEMPLATES) {
      assert.deepEqual([def.phases, def.distributions], [['answer'], ['all']], def.id);
    }
    assert.deepEqual(
      CHECKIN_TEMPLATES.map((x) => x.summaryKind),
      ['coreTaskCheck', 'socialCapital', 'relationalCoordination', 'meetingRating', 'sharedUnderstanding'],
    );
  });

  it('have unique question ids in every round', () => {
    for (const def of ROUNDS) assert.equal(new Set(def.questions.map((q) => q.id)).size, def.questions.length, def.id);
  });

  it('name only texts that exist in Danish and English', () => {
    for (const lang of ['da', 'en'] as const) {
      const missing = ROUNDS.flatMap(stringKeysOf).filter((key) => !key.startsWith('=') && !(key in TABLES[lang]));
      assert.deepEqual(missing, [], lang);
    }
  });

  it("fill every placeholder in their labels, the rated group's name included", () => {
    for (const lang of ['da', 'en'] as const) {
      for (const def of ROUNDS) {
        for (const q of def.questions) {
          const label = t(lang, q.labelKey, q.kind === 'scale' ? { ...q.labelVars } : {});
          assert.doesNotMatch(label, /\{\w+\}/, `${lang} ${def.id} ${q.id}`);
        }
      }
    }
    const rc = relationalCoordinationFor(GROUPS);
    assert.equal(
      t('da', rc.questions[1].labelKey, rc.questions[1].kind === 'scale' ? { ...rc.questions[1].labelVars } : {}),
      'Lærere: Vi taler sammen om borgernes forløb så ofte, som opgaven kræver.',
    );
  });

  it('relational coordination asks seven items about every listed group, after the own group', () => {
    const rc = relationalCoordinationFor(GROUPS);
    assert.equal(rc.questions.length, 1 + 3 * 7);
    assert.deepEqual(
      rc.questions.slice(0, 3).map((q) => q.id),
      ['group', 'rc_0_frequent', 'rc_0_timely'],
    );
    assert.equal(rc.questions.at(-1)?.id, 'rc_2_mutualRespect');
  });

  it("carry up to three actions as 'did we do it?' items after the template's own questions", () => {
    const round = roundDefinition({ templateId: 'kerneopgave-tjek' }, [...CARRIED, 'Tredje', 'Fjerde']);
    assert.deepEqual(
      round.questions.map((q) => q.id),
      ['clarity', 'solved', 'obstacles', 'more', 'carried1', 'carried2', 'carried3'],
    );
    assert.equal(t('da', round.questions[4].labelKey), 'Fast punkt om kerneopgaven på personalemødet');
    assert.deepEqual(roundDefinition({ templateId: 'kerneopgave-tjek' }).questions.length, 4);
    assert.throws(() => roundDefinition({ templateId: 'gone' }), /no check-in template 'gone'/);
  });

  it('go through the existing answer validation: 0–10 sliders, group items, carried items', () => {
    const meeting = roundDefinition({ templateId: 'moedevurdering' }, CARRIED);
    const ids = meeting.questions.map((q) => q.id);
    assert.deepEqual(checkAnswer(meeting, ids, { relationship: '0', goals: '10', approach: 9, overall: '7', carried1: 'partly' }), {
      ok: true,
      value: { relationship: '0', goals: '10', approach: '9', overall: '7', carried1: 'partly' },
    });
    assert.equal(checkAnswer(meeting, ids, { relationship: '11' }).ok, false);
    assert.equal(checkAnswer(meeting, ids, { carried2: 'maybe' }).ok, false);
    const rc = relationalCoordinationFor(GROUPS);
    assert.deepEqual(
      checkAnswer(
        rc,
        rc.questions.map((q) => q.id),
        { group: 'Lærere', rc_1_timely: '4' },
        GROUPS,
      ),
      { ok: true, value: { group: 'Lærere', rc_1_timely: '4' } },
    );
  });
});

describe('check-in problems', () => {
  it('have a Danish and an English text, with every placeholder filled', () => {
    const now = new Date('2027-01-10T12:00:00Z');
    const problems: Problem[] = [];
    const collect = (r: Checked<unknown>) => problems.push(...(r.ok ? [] : r.problems));
    const base = { templateId: 'kerneopgave-tjek', cadence: 'weekly', weekday: 'MO', time: '09:00', roundAmount: '3', roundUnit: 'days', language: 'da' };
    const inputs: Record<string, unknown>[] = [
      { templateId: 'x', cadence: 'x' },
      { weekday: 'x' },
      { cadence: 'monthly', nth: '9' },
      { time: 'x' },
      { timeZone: 'x' },
      { startDate: 'x' },
      { startDate: '2026-01-01' },
      { startDate: '2029-01-01' },
      { roundAmount: '0' },
      { roundAmount: '7' },
      { cadence: 'rrule', rrule: 'FREQ=DAILY', roundAmount: '30', roundUnit: 'hours' },
      { reminders: '1,2,3,4' },
      { reminders: '99' },
      { k: '1', language: 'x' },
      { templateId: 'relationel-koordinering', groups: 'A\nB\nC\nD\nE\nF\nG' },
      { templateId: 'faelles-forstaaelse', groups: 'A' },
      { cadence: 'rrule', rrule: '' },
      { cadence: 'rrule', rrule: 'FREQ=DAILY;' + 'BYDAY=MO,'.repeat(40) },
      { cadence: 'rrule', rrule: 'FREQ=DAILY;BYHOUR=1' },
      { cadence: 'rrule', rrule: 'FREQ=SECONDLY' },
      { cadence: 'rrule', rrule: 'FREQ=BOGUS' },
      { cadence: 'rrule', rrule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=31' },
      { cadence: 'weekly', rrule: 'FREQ=DAILY' },
      { timeZone: 'x'.repeat(65) },
    ];
    for (const input of inputs) collect(checkSchedule({ ...base, ...input }, now));
    collect(checkCarriedActions(['a', 'b', 'c', 'd']));
    collect(checkCarriedActions(['x'.repeat(301)]));
    collect(editSchedule(schedule(), { ...schedule(), templateId: 'moedevurdering' }, 1, now));
    collect(editSchedule(schedule(), schedule(), 0, now));
    collect(
      setCoFacilitators(
        schedule(),
        [1, 2, 3, 4, 5, 6].map((n) => ({ id: `29:${n}`, name: `N${n}` })),
      ),
    );
    const kinds = [...new Set(problems.map((p) => p.key))].sort();
    assert.equal(kinds.length, 31, kinds.join(', '));
    for (const lang of ['da', 'en'] as const) {
      for (const text of problemTexts(lang, problems)) assert.doesNotMatch(text, /\{\w+\}|schedule\.form\./, `${lang} ${text}`);
    }
  });
});

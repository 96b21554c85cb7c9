import assert from 'node:assert/strict';
import { checkCarriedActions, summariseCarried, withCarriedActions } from '../../../domain/checkins/carry-forward';
import { kerneopgaveTjek } from '../../../domain/checkins/templates/kerneopgave-tjek';
import type { AnswerTexts } from '../../../domain/validation/answer';

describe('carrying actions into the next round', () => {
  describe('checkCarriedActions', () => {
    it('cleans the list: trims, drops blanks and repeats that differ only in case or spacing', () => {
      assert.deepEqual(checkCarriedActions(['  Fast punkt  på mødet ', '', 'fast punkt på mødet', 7, null, 'Færre registreringer']), {
        ok: true,
        value: ['Fast punkt på mødet', 'Færre registreringer'],
      });
    });

    it('takes three, not four', () => {
      assert.equal(checkCarriedActions(['a', 'b', 'c']).ok, true);
      assert.deepEqual(checkCarriedActions(['a', 'b', 'c', 'd']), { ok: false, problems: [{ field: 'actions', key: 'checkin.error.tooManyActions', vars: { max: 3 } }] });
    });

    it('refuses an action over 300 characters, with its length', () => {
      assert.deepEqual(checkCarriedActions(['x'.repeat(301)]), {
        ok: false,
        problems: [{ field: 'actions', key: 'checkin.error.actionTooLong', vars: { max: 300, length: 301 } }],
      });
      assert.equal(checkCarriedActions(['x'.repeat(300)]).ok, true);
    });
  });

  describe('withCarriedActions', () => {
    it('leaves the template alone when nothing is carried', () => {
      assert.equal(withCarriedActions(kerneopgaveTjek, []), kerneopgaveTjek);
    });

    it('adds a yes / partly / no item per action, shown exactly as written', () => {
      const round = withCarriedActions(kerneopgaveTjek, ['Fast *punkt*']);
      assert.deepEqual(round.questions.at(-1), {
        kind: 'choice',
        id: 'carried1',
        labelKey: '=Fast *punkt*',
        hintKey: 'checkin.carried.hint',
        options: [
          { value: 'yes', labelKey: 'checkin.carried.yes' },
          { value: 'partly', labelKey: 'checkin.carried.partly' },
          { value: 'no', labelKey: 'checkin.carried.no' },
        ],
      });
      assert.equal(kerneopgaveTjek.questions.length, 4, 'the template itself is not changed');
    });
  });

  describe('summariseCarried', () => {
    const answers: AnswerTexts[] = [
      ...Array.from({ length: 3 }, () => ({ carried1: 'yes', carried2: 'no' })),
      { carried1: 'partly', carried2: 'no' },
      { carried1: 'no' },
      { carried1: 'maybe', clarity: '4' },
    ];

    it('counts yes, partly and no per action from k answers to that item', () => {
      const [first, second] = summariseCarried(['Fast punkt', 'Færre registreringer'], answers, 5);
      assert.equal(first.action, 'Fast punkt');
      assert.ok(first.answers.shown);
      assert.deepEqual(first.answers.counts, [
        { value: 'yes', count: 3 },
        { value: 'partly', count: 1 },
        { value: 'no', count: 1 },
      ]);
      assert.deepEqual(second, { action: 'Færre registreringer', answers: { kind: 'choice', questionId: 'carried2', shown: false, k: 5 } });
    });

    it('shows nothing for an item below k, even when the round met k', () => {
      const [first] = summariseCarried(['Fast punkt'], answers.slice(0, 4), 5);
      assert.deepEqual(first.answers, { kind: 'choice', questionId: 'carried1', shown: false, k: 5 });
    });
  });
});

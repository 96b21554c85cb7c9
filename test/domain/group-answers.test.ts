import assert from 'node:assert/strict';
import { setupCard } from '../../cards/setup-card';
import { faggrupper } from '../../domain/exercises/faggrupper';
import { hvemDefinerer } from '../../domain/exercises/hvem-definerer';
import { byGroup, checkContribution, replacesUnseen, type Contribution } from '../../domain/group-answers/contribution';
import { anonymousPart, jointQuestions } from '../../domain/group-answers/joint-part';
import { checkSettings } from '../../domain/validation/settings';
import { visibleTexts } from '../support/visible-texts';

const NOW = new Date('2027-01-10T10:00:00Z');
const FORM = { title: 'Faggrupperne', k: '3', language: 'da', groups: 'Lærere\nPædagoger', ft_proposal: 'At alle børn lærer og trives.' };
const version = (group: string, n: number, writer: string): Contribution => ({ group, version: n, writer, texts: { contribution: `${writer} ${n}` } });

describe('group answers mode: setup, the anonymous part and the joint contribution rule', () => {
  it('is chosen at setup for an exercise that asks for groups: anonymous by default, joint when chosen, anything else refused', () => {
    const plain = checkSettings(faggrupper, FORM, NOW);
    assert.ok(plain.ok && !('groupAnswers' in plain.value), JSON.stringify(plain));
    const joint = checkSettings(faggrupper, { ...FORM, groupAnswers: 'joint' }, NOW);
    assert.ok(joint.ok && joint.value.groupAnswers === 'joint', JSON.stringify(joint));
    const bad = checkSettings(faggrupper, { ...FORM, groupAnswers: 'named' }, NOW);
    assert.ok(!bad.ok && bad.problems.some((p) => p.key === 'setup.error.groupAnswers'), JSON.stringify(bad));
    const other = checkSettings(hvemDefinerer, { title: 'x', k: '3', language: 'da', groupAnswers: 'joint' }, NOW);
    assert.ok(other.ok && !('groupAnswers' in other.value), 'an exercise without groups ignores it');
  });

  it('offers the choice on the setup form, anonymous first and chosen, and says the questions before the group stay anonymous', () => {
    const card = setupCard('da', faggrupper);
    const texts = visibleTexts(card).map((v) => v.text);
    assert.ok(texts.includes('Anonymt: hver svarer for sig, og små faggrupper lægges sammen'), texts.join('\n'));
    assert.ok(texts.includes('Fælles bidrag: hver faggruppe skriver ét bidrag med navn – ikke anonymt'), texts.join('\n'));
    assert.match(JSON.stringify(card), /"id":"groupAnswers","style":"expanded","wrap":true,"value":"anonymous"/);
    assert.ok(
      texts.some((t) => t.includes('anonyme i begge tilfælde')),
      texts.join('\n'),
    );
    assert.equal(JSON.stringify(setupCard('da', hvemDefinerer)).includes('groupAnswers'), false);
  });

  it('asks anonymously only what comes before the group question in the joint mode; the group answers the rest', () => {
    assert.deepEqual(
      anonymousPart(faggrupper, { groupAnswers: 'joint' }).questions.map((q) => q.id),
      ['rating', 'change'],
    );
    assert.equal(anonymousPart(faggrupper, {}), faggrupper);
    assert.deepEqual(
      jointQuestions(faggrupper).map((q) => q.id),
      ['contribution', 'collaboration'],
    );
  });

  it('takes a contribution with a listed group and at least one text within its limit', () => {
    const qs = jointQuestions(faggrupper);
    assert.deepEqual(checkContribution(qs, { group: 'Pædagoger', contribution: '  Trivsel\r\n ', collaboration: '' }, ['Lærere', 'Pædagoger']), {
      ok: true,
      value: { group: 'Pædagoger', texts: { contribution: 'Trivsel' } },
    });
    const keys = (input: Record<string, unknown>) => {
      const c = checkContribution(qs, input, ['Lærere', 'Pædagoger']);
      return c.ok ? [] : c.problems.map((p) => p.key);
    };
    assert.deepEqual(keys({ group: 'Pædagoger' }), ['group.error.empty']);
    assert.deepEqual(keys({ group: 'pædagoger', contribution: 'x' }), ['group.error.group']);
    assert.deepEqual(keys({ group: 'Lærere', contribution: 'x'.repeat(1001) }), ['answer.error.tooLong']);
    assert.deepEqual(keys({ group: 'Lærere', contribution: { text: 'x' } }), ['answer.error.wrongType']);
  });

  it('never replaces a version unseen, and shows the newest with the earlier writers named', () => {
    assert.equal(replacesUnseen(undefined, {}), false);
    assert.equal(replacesUnseen(version('Lærere', 1, 'Hanne Holm'), {}), true);
    assert.equal(replacesUnseen(version('Lærere', 1, 'Hanne Holm'), { group: 'Lærere', version: 1 }), false);
    assert.equal(replacesUnseen(version('Lærere', 2, 'Lars Mikkelsen'), { group: 'Lærere', version: 1 }), true, 'another version came in since');
    assert.equal(replacesUnseen(version('Lærere', 1, 'Hanne Holm'), { group: 'Pædagoger', version: 1 }), true, 'seen for another group');
    const shown = byGroup(['Lærere', 'Pædagoger'], [version('Lærere', 2, 'Lars Mikkelsen'), version('Lærere', 1, 'Hanne Holm'), version('Lærere', 3, 'Hanne Holm')]);
    assert.deepEqual(
      shown.map((s) => [s.group, s.latest?.version, s.earlierWriters]),
      [
        ['Lærere', 3, ['Lars Mikkelsen']],
        ['Pædagoger', undefined, []],
      ],
    );
  });
});

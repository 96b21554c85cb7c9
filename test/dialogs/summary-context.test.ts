import assert from 'node:assert/strict';
import { t } from '../../cards/i18n';
import { createLogger } from '../../config/log';
import { catalogueTexts, sharedTexts, summaryContext } from '../../dialogs/summary-context';
import type { Session } from '../../domain/session';
import { quotableTexts } from '../../domain/summary/quotable-texts';
import { standInPort } from '../support/dialog-deps';
import { openSessionRecord } from '../support/session-record';

/** A session of `exerciseId` with these settings on top of the usual test session's. */
function sessionOf(exerciseId: string, settings: Partial<Session['settings']> = {}, round?: Session['round']): Session {
  const base = openSessionRecord();
  return { ...base, exerciseId, settings: { ...base.settings, k: 5, ...settings }, ...(round ? { round } : {}) };
}

/** Whether `text`, written by the first of five people, may be quoted among the others' everyday answers. */
function quotableAmongFive(text: string, context: Parameters<typeof quotableTexts>[2]): boolean {
  const others = ['For mange møder', 'Mere tid til børnene', 'Godt samarbejde', 'For lidt tid'];
  const { texts, quotable } = quotableTexts(
    [text, ...others].map((t) => [t]),
    5,
    context,
  );
  return quotable(texts[0]);
}

const mentions = (texts: readonly string[], word: string) => texts.some((t) => t.toLowerCase().includes(word.toLowerCase()));

const custom = sessionOf('egen', {
  custom: {
    questions: [
      { kind: 'freeText', text: 'Hvad gør vi, når en kollega har en sygemelding?' },
      { kind: 'freeText', text: 'Hvordan går samarbejdet mellem solsikken, mælkebøtten og kløverhuset?' },
    ],
  },
});

describe('the summary context: which texts may exempt a word from the rare-term rule', () => {
  describe("a team's own questions", () => {
    it('are texts everyone saw, but not catalogue texts', () => {
      assert.ok(mentions(sharedTexts(custom), 'sygemelding'), 'participants saw the question');
      assert.ok(!mentions(catalogueTexts(custom), 'sygemelding'));
      assert.ok(!mentions(catalogueTexts(custom), 'solsikken'));
    });

    it('a custom question mentioning "sygemelding" does not make one person\'s "sygemelding" quotable', async () => {
      const context = await summaryContext({ port: standInPort(), log: createLogger('test', 'warn', () => undefined) }, custom);
      assert.equal(quotableAmongFive('Efter min sygemelding var der ingen tid', context), false);
    });

    it("a custom question listing unit names does not make one person's unit name quotable", () => {
      assert.equal(quotableAmongFive('Samarbejdet med solsikken er godt', { sharedTexts: sharedTexts(custom), catalogueTexts: catalogueTexts(custom) }), false);
    });

    it('keep the fixed texts around them: the hint and the intro of a custom exercise', () => {
      const texts = catalogueTexts(custom);
      assert.ok(texts.length > 0);
      assert.ok(texts.every((t) => !t.startsWith('=')));
    });
  });

  describe('the fixed catalogue', () => {
    const hvem = sessionOf('hvem-definerer');

    it('a catalogue question\'s own word still exempts: one person\'s "udførte" (from »Den udførte kerneopgave«) is quotable', async () => {
      const text = 'Det udførte arbejde ser ingen';
      assert.equal(quotableAmongFive(text, {}), false, 'without the catalogue, "udførte" is rare');
      const context = await summaryContext({ port: standInPort(), log: createLogger('test', 'warn', () => undefined) }, hvem);
      assert.equal(quotableAmongFive(text, context), true);
    });

    it("holds the catalogue dilemma's own description, in both languages, but not a team's own dilemma or sides", () => {
      const texts = catalogueTexts(sessionOf('dilemmaer', { variant: 'd1' }));
      assert.ok(texts.includes(t('da', 'variant.dilemmaer.d1.description')) && texts.includes(t('en', 'variant.dilemmaer.d1.description')));
      const own = sessionOf('dilemmaer', {
        variant: 'own',
        facilitatorTexts: { ownDilemma: 'Skal vi ringe hjem under en sygemelding?', ownSideA: 'Ring til kollegaen', ownSideB: 'Lad kollegaen være' },
      });
      assert.ok(mentions(sharedTexts(own), 'Ring til kollegaen') && mentions(sharedTexts(own), 'sygemelding'), 'participants saw them');
      for (const written of ['sygemelding', 'Ring til kollegaen', 'Lad kollegaen']) assert.ok(!mentions(catalogueTexts(own), written), written);
    });

    it("leaves out what the facilitator wrote (the leader's proposal), though everyone saw it", () => {
      const session = sessionOf('faggrupper', { groups: ['Lærere', 'Pædagoger'], facilitatorTexts: { proposal: 'Vi skaber læring for alle elever trods nedskæringen på Egebjerg' } });
      assert.ok(mentions(sharedTexts(session), 'Egebjerg'));
      assert.ok(!mentions(catalogueTexts(session), 'Egebjerg'));
      assert.ok(!mentions(catalogueTexts(session), 'nedskæringen'));
    });
  });

  describe('a relational-coordination round', () => {
    const round = sessionOf(
      'relationel-koordinering',
      { groups: ['Pædagogerne', 'Dagplejen Mælkebøtten'] },
      { scheduleId: 's', dueAt: '2027-03-01T08:00:00Z', late: false, carried: ['Fast punkt om sygemeldinger'] },
    );

    it('shows the group names in the items, but the catalogue texts have the item without them', () => {
      assert.ok(mentions(sharedTexts(round), 'Mælkebøtten: '), 'the item reads »Dagplejen Mælkebøtten: …«');
      const texts = catalogueTexts(round);
      assert.ok(mentions(texts, 'Vi får besked i tide'));
      assert.ok(!mentions(texts, 'Mælkebøtten') && !mentions(texts, 'Pædagogerne') && !texts.some((t) => t.includes('{group}')));
    });

    it('leaves out the actions carried from the last round, which the team wrote', () => {
      assert.ok(mentions(sharedTexts(round), 'sygemeldinger'));
      assert.ok(!mentions(catalogueTexts(round), 'sygemeldinger'));
    });
  });
});

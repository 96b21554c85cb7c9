import assert from 'node:assert/strict';
import { catalogueCard } from '../../cards/catalogue-card';
import { CATALOGUE } from '../../domain/catalogue';
import { t } from '../../cards/i18n';
import { ofType, texts, type Json } from '../support/card-nodes';

/** Issue 11, point 5: the catalogue says what each exercise is for, and each button which exercise it starts. */
describe('the catalogue as a skoleleder reads it', () => {
  for (const lang of ['da', 'en'] as const) {
    const card = catalogueCard(lang, [{ title: 'Vores *mødekultur*' }]);
    const entries = (card.body as Json[]).filter((n) => n.type === 'Container' && ofType(n, 'TextBlock').length >= 2 && !texts(n).includes(t(lang, 'catalogue.templatesTitle')));

    it(`gives every exercise its name and one line on what it is for and when to use it (${lang})`, () => {
      assert.equal(entries.length, CATALOGUE.length);
      const purposes = entries.map((e) => texts(e)[1]);
      for (const [i, e] of CATALOGUE.entries()) {
        assert.equal(texts(entries[i])[0], t(lang, e.titleKey));
        assert.ok(purposes[i].length > 40 && purposes[i].length < 200, `${e.id}: "${purposes[i]}"`);
        assert.doesNotMatch(purposes[i], /\n/, 'one line');
      }
      assert.equal(new Set(purposes).size, purposes.length, 'no two exercises share a line');
    });

    it(`drops the "Klar"/"Ready" tag (${lang})`, () => {
      assert.deepEqual(
        texts(card).filter((x) => /^(Klar|Ready)$/.test(x)),
        [],
      );
    });

    it(`names the exercise on each start button, the team's template included (${lang})`, () => {
      const starts = ofType(card, 'Action.Execute');
      assert.equal(starts.length, CATALOGUE.length + 1);
      const titles = starts.map((a) => String(a.title));
      assert.equal(new Set(titles).size, titles.length, 'no two buttons alike');
      for (const [i, e] of CATALOGUE.entries()) {
        assert.ok(titles[i].includes(t(lang, e.titleKey)), titles[i]);
        assert.deepEqual(starts[i].data, { verb: 'catalogue.setup', exerciseId: e.id });
        assert.deepEqual((starts[i].fallback as Json).data, starts[i].data, 'the Action.Submit fallback starts the same');
      }
      // A button's title is plain text: the team's title as written, not markdown-escaped.
      assert.ok(titles[CATALOGUE.length].includes('Vores *mødekultur*'), titles[CATALOGUE.length]);
      assert.deepEqual(starts[CATALOGUE.length].data, { verb: 'catalogue.setup', exerciseId: 'egen', template: '0' });
      assert.ok(texts(card).includes('Vores \\*mødekultur\\*'), 'in a TextBlock it is escaped');
    });
  }
});

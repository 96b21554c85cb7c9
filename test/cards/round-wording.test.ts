import assert from 'node:assert/strict';
import { t } from '../../cards/i18n';
import { reminderCard } from '../../cards/reminder-card';
import type { AdaptiveCard } from '../../cards/render';
import { roundWording } from '../../cards/round-wording';
import { savedCard } from '../../cards/saved-card';
import { answerFormCard, definitionOf, progressText, sessionCard } from '../../cards/session-card';
import { CHECKIN_TEMPLATES } from '../../domain/checkins/templates';
import { hvemDefinerer } from '../../domain/exercises/hvem-definerer';
import { LANGUAGES, type Language } from '../../domain/exercise';
import { K, NOW, sessionOf, type SessionOptions } from '../support/card-sessions';
import { visibleTexts } from '../support/visible-texts';

/**
 * A check-in round has only an answer phase. Its cards speak of the round
 * ("runden") and of the summary it gets, never of an exercise, proposals or a vote.
 */

const WRONG: Record<Language, RegExp> = { da: /øvelse|forslag|stem(me|te|mer)|afstemning/i, en: /exercise|proposal|\bvot(e|es|ed|ing)\b/i };
const said = (card: AdaptiveCard) =>
  visibleTexts(card)
    .map((v) => v.text)
    .join('\n');

describe("a check-in round's cards speak of the round", () => {
  for (const lang of LANGUAGES) {
    for (const def of CHECKIN_TEMPLATES) {
      const round = (over: Omit<SessionOptions, 'lang'> = {}) => sessionOf(def, { lang, round: true, ...over });
      const cards: [string, () => AdaptiveCard][] = [
        ['open', () => sessionCard(round(), 0)],
        ["open, facilitator's view", () => sessionCard(round(), 7, [], undefined, 'facilitator')],
        ['closing', () => sessionCard(round({ state: 'closing' }), 7)],
        ['closed', () => sessionCard(round({ state: 'closed' }), 7)],
        ['cancelled', () => sessionCard(round({ state: 'closed', cancelled: true }), 7)],
        [
          'private form',
          () =>
            answerFormCard(
              round(),
              definitionOf(round()).questions.map((q) => q.id),
              'Dit svar',
            ),
        ],
        ['saved', () => savedCard(round(), 'answer')],
        ['reminder', () => reminderCard(lang, { title: round().settings.title, closesAt: NOW, timeZone: 'Europe/Copenhagen', progressText: progressText(lang, 'answer', 1, K) })],
      ];
      for (const [name, build] of cards) {
        it(`${lang} ${def.id}: ${name}`, () => {
          const text = said(build());
          assert.doesNotMatch(text, WRONG[lang]);
        });
      }

      it(`${lang} ${def.id}: the refusals say "runden" / "round"`, () => {
        for (const key of ['answer.alreadyAnswered', 'answer.closed']) {
          const text = t(lang, roundWording(round(), key));
          assert.doesNotMatch(text, WRONG[lang], key);
          assert.match(text, lang === 'da' ? /runde/ : /round/, key);
        }
      });
    }

    it(`${lang}: the closed and saved texts name the round, and promise only its summary`, () => {
      const def = CHECKIN_TEMPLATES[0];
      const closed = said(sessionCard(sessionOf(def, { lang, round: true, state: 'closed' }), 7));
      assert.match(closed, lang === 'da' ? /Runden er lukket/ : /The round is closed/);
      const saved = said(savedCard(sessionOf(def, { lang, round: true }), 'answer'));
      assert.match(saved, lang === 'da' ? /Når runden lukker, kommer rundens opsamling i tråden/ : /When the round closes, its summary appears in the thread/);
    });
  }

  it('an exercise keeps its own words: the check is not blind', () => {
    const closed = said(sessionCard(sessionOf(hvemDefinerer, { lang: 'da', state: 'closed' }), 7));
    assert.match(closed, WRONG.da);
  });
});

describe('the saved card says what was saved and what happens next, by phase', () => {
  const cases = [
    ['da', 'answer', 'Tak – dit svar er gemt', /Opsamlingen kommer i tråden, når svarrunden lukker/],
    ['da', 'proposals', 'Tak – dit forslag er gemt', /stemme om dem på kortet øverst i tråden, hvis mindst 3 har foreslået noget/],
    ['da', 'vote', 'Tak – din stemme er gemt', /Når afstemningen lukker, lægges resultatet i tråden, hvis mindst 3 har stemt/],
    ['en', 'answer', 'Thank you – your answer is saved', /when the answer round closes/],
    ['en', 'proposals', 'Thank you – your proposal is saved', /vote on them on the card at the top of the thread, if at least 3 people have proposed something/],
    ['en', 'vote', 'Thank you – your vote is saved', /When the vote closes, the result is posted in the thread if at least 3 have voted/],
  ] as const;
  for (const [lang, phase, title, next] of cases) {
    it(`${lang} ${phase}: '${title}'`, () => {
      const [heading, body] = visibleTexts(savedCard(sessionOf(hvemDefinerer, { lang, phase }), phase)).map((v) => v.text);
      assert.equal(heading, title);
      assert.match(body, next);
    });
  }
});

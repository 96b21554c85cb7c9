import assert from 'node:assert/strict';
import type { AdaptiveCard } from '../../cards/render';
import { limitText } from '../../cards/question-fields';
import { answerFormCard, definitionOf, sessionCard } from '../../cards/session-card';
import { problemTexts } from '../../cards/notice-card';
import { CATALOGUE } from '../../domain/catalogue';
import { CHECKIN_TEMPLATES } from '../../domain/checkins/templates';
import { LANGUAGES, type ExerciseDefinition, type Language } from '../../domain/exercise';
import { checkAnswer } from '../../domain/validation/answer';
import { checkProposal, PROPOSAL_MAX } from '../../domain/validation/phase-input';
import { sessionOf } from '../support/card-sessions';
import { ofType, texts, type Json } from '../support/card-nodes';

/**
 * Issue 11 point 9: over-long text is never cut silently. Teams stops typing at an input's
 * maxLength, so it must be the server's own limit, and the card says it; one character more is
 * refused with a message that says the limit, and the text stays in the field.
 */

/** The limit the server applies to a text input, by its id: the question's own, or the proposal's. */
function serverLimitOf(def: ExerciseDefinition, id: string): number | undefined {
  const q = def.questions.find((x) => x.id === id);
  if (q) return q.kind === 'freeText' ? q.maxChars : undefined;
  return /^proposal\d*$/.test(id) ? PROPOSAL_MAX : undefined;
}

/** Each text input of the card with the text shown right after it. */
function textInputs(card: AdaptiveCard): { input: Json; after: string | undefined }[] {
  const found: { input: Json; after: string | undefined }[] = [];
  const walk = (items: unknown) => {
    if (!Array.isArray(items)) return;
    items.forEach((item: Json, i) => {
      if (item?.type === 'Input.Text') {
        const next = items[i + 1] as Json | undefined;
        found.push({ input: item, after: next?.type === 'TextBlock' ? String(next.text) : undefined });
      }
      for (const key of ['items', 'body', 'columns']) walk(item?.[key]);
    });
  };
  walk(card.body);
  return found;
}

const exercises = CATALOGUE.flatMap((e) => (e.definition ? [e.definition] : []));
const variantsOf = (def: ExerciseDefinition) => def.variants?.map((v) => v.id) ?? [undefined];

function formsOf(def: ExerciseDefinition, lang: Language, variant: string | undefined, round: boolean): [string, AdaptiveCard, ExerciseDefinition][] {
  const name = `${def.id}${variant ? `/${variant}` : ''}`;
  const cards: [string, AdaptiveCard, ExerciseDefinition][] = [];
  const answer = sessionOf(def, { lang, variant, round });
  const real = definitionOf(answer);
  if (def.phases.includes('answer')) {
    cards.push([`${name} shared card`, sessionCard(answer, 0), real]);
    for (const q of real.questions.filter((x) => x.kind === 'freeText'))
      cards.push([`${name} private form ${q.id}`, answerFormCard(sessionOf(def, { lang, variant, round, distribution: 'assigned' }), [q.id], 'Dit perspektiv'), real]);
  }
  if (def.phases.includes('proposals')) cards.push([`${name} proposals`, sessionCard(sessionOf(def, { lang, variant, phase: 'proposals' }), 0), real]);
  return cards;
}

describe('text inputs take exactly what the server keeps, and say how much', () => {
  for (const lang of LANGUAGES) {
    const cards = [...exercises.flatMap((def) => variantsOf(def).flatMap((v) => formsOf(def, lang, v, false))), ...CHECKIN_TEMPLATES.flatMap((def) => formsOf(def, lang, undefined, true))];

    it(`${lang}: every answer card, private form and proposal input is checked`, () => {
      const inputs = cards.flatMap(([, card]) => textInputs(card));
      assert.ok(inputs.length >= 40, `${inputs.length} text inputs`);
      assert.ok(cards.some(([name]) => name.endsWith('proposals')) && cards.some(([name]) => name.includes('private form')));
    });

    for (const [name, card, def] of cards) {
      it(`${lang}: ${name}: maxLength is the server's limit, and the card says it`, () => {
        for (const { input, after } of textInputs(card)) {
          const limit = serverLimitOf(def, String(input.id));
          assert.ok(limit !== undefined, `the server has a limit for '${String(input.id)}'`);
          assert.equal(input.maxLength, limit, `maxLength of '${String(input.id)}'`);
          assert.equal(after, limitText(lang, limit), `the limit is said under '${String(input.id)}'`);
        }
      });
    }
  }

  it('says the limit as each language writes numbers', () => {
    assert.equal(limitText('da', 1000), 'Højst 1.000 tegn');
    assert.equal(limitText('en', 1000), 'At most 1,000 characters');
  });

  it('the server refuses one character over the limit with a message that says the limit, and keeps the limit itself', () => {
    for (const def of [...exercises, ...CHECKIN_TEMPLATES]) {
      for (const variant of variantsOf(def)) {
        const real = definitionOf(sessionOf(def, { lang: 'da', variant, round: CHECKIN_TEMPLATES.includes(def) }));
        for (const q of real.questions) {
          if (q.kind !== 'freeText') continue;
          assert.equal(checkAnswer(real, [q.id], { [q.id]: 'a'.repeat(q.maxChars) }).ok, true, `${def.id} ${q.id} at the limit`);
          const over = checkAnswer(real, [q.id], { [q.id]: 'a'.repeat(q.maxChars + 1) });
          assert.ok(!over.ok, `${def.id} ${q.id} over the limit`);
          assert.match(problemTexts('da', over.problems)[0], new RegExp(`${q.maxChars + 1} tegn.*højst ${q.maxChars} tegn`));
        }
      }
    }
    assert.equal(checkProposal({ proposal: 'a'.repeat(PROPOSAL_MAX) }).ok, true);
    const over = checkProposal({ proposal: 'a'.repeat(PROPOSAL_MAX + 1) });
    assert.ok(!over.ok);
    assert.match(problemTexts('en', over.problems)[0], new RegExp(`${PROPOSAL_MAX + 1} characters.*at most ${PROPOSAL_MAX}`));
  });

  it('a card the server would refuse says so before anything is typed: no text input without its limit line', () => {
    const card = sessionCard(sessionOf(exercises[0], { lang: 'da' }), 0);
    assert.ok(texts(card).includes('Højst 1.000 tegn'));
    assert.ok(ofType(card, 'Input.Text').every((i) => typeof i.maxLength === 'number'));
  });
});

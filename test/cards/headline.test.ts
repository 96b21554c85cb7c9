import assert from 'node:assert/strict';
import { headline } from '../../cards/headline';
import type { ExerciseDefinition } from '../../domain/exercise';
import { dilemmaer, withOwnSides } from '../../domain/exercises/dilemmaer';
import { hvemDefinerer } from '../../domain/exercises/hvem-definerer';
import { inddragelse } from '../../domain/exercises/inddragelse';
import { vildfarelser } from '../../domain/exercises/vildfarelser';
import { summarise, type Summary } from '../../domain/summary/summarise';
import type { AnswerTexts } from '../../domain/validation/answer';

function shownHeadline(lang: 'da' | 'en', def: ExerciseDefinition, answers: AnswerTexts[], k = 5): string {
  const summary: Summary = summarise(def, answers, { k, distribution: 'all' });
  assert.equal(summary.shown, true);
  if (!summary.shown) throw new Error('unreachable');
  return headline(lang, def, summary);
}

const gapAnswers = (pairs: [string, string][]) => pairs.map(([now, shouldBe]) => ({ now, shouldBe }));

describe('the summary headline', () => {
  it('leads with the median of the first scale, with what the ends of the scale mean', () => {
    const answers = ['1', '2', '1', '1', '1', '5'].map((fixed) => ({ fixed, level: 'kommune' }));
    assert.equal(shownHeadline('da', vildfarelser, answers), '6 personer har svaret. »Vores kerneopgave ligger fast«: Medianen er 1 på skalaen fra 1 (helt uenig) til 5 (helt enig).');
    assert.equal(
      shownHeadline('en', vildfarelser, answers.slice(0, 5).concat({ fixed: '4', level: 'team' })),
      '6 people answered. “Our core task is fixed”: the median is 1 on the scale from 1 (strongly disagree) to 5 (strongly agree).',
    );
  });

  it('says a median halfway between two steps as such', () => {
    const answers = ['2', '3', '4', '4', '5', '5'].map((position) => ({ position }));
    assert.match(shownHeadline('da', dilemmaer, answers), /Medianen er 4 på skalaen/);
    assert.match(
      shownHeadline(
        'da',
        dilemmaer,
        ['1', '2', '3', '3', '4', '5'].map((position) => ({ position })),
      ),
      /Medianen er 3 på skalaen/,
    );
    assert.match(
      shownHeadline(
        'da',
        dilemmaer,
        ['1', '2', '3', '4', '5', '5'].map((position) => ({ position })),
      ),
      /Medianen er 3,5 på skalaen/,
    );
  });

  it('says two camps, never a median, when a dilemma splits the team, with counts only when each side has k', () => {
    const split = ['1', '2', '2', '4', '4', '5'].map((position) => ({ position }));
    assert.equal(shownHeadline('da', dilemmaer, split, 3), '6 personer har svaret. »Hvor står du i dilemmaet?«: To lejre: 3 hælder mod side A, 3 mod side B.');
    assert.equal(shownHeadline('en', dilemmaer, split, 3), '6 people answered. “Where do you stand in the dilemma?”: Two camps: 3 lean towards side A, 3 towards side B.');
    assert.equal(shownHeadline('da', dilemmaer, split, 5), '6 personer har svaret. »Hvor står du i dilemmaet?«: Svarene er delt i to lejre.');
    assert.doesNotMatch(shownHeadline('da', dilemmaer, split, 5), /[Mm]edian|[Gg]ennemsnit|\d+ hælder/);
  });

  it("names the sides of the team's own dilemma", () => {
    const own = withOwnSides(dilemmaer, { variant: 'own', facilitatorTexts: { ownSideA: 'Borgerens ønske', ownSideB: 'Vores faglighed' } });
    const split = ['1', '1', '2', '3', '4', '5', '5'].map((position) => ({ position }));
    assert.match(shownHeadline('da', own, split, 3), /To lejre: 3 hælder mod »Borgerens ønske«, 3 mod »Vores faglighed«\.$/);
  });

  it('leads with where we are and should be for the gap, between two steps when the median is', () => {
    const whole = gapAnswers([
      ['fokus', 'inddragelse'],
      ['fokus', 'samskabelse'],
      ['fokus', 'fokus'],
      ['lydhoerhed', 'inddragelse'],
      ['lydhoerhed', 'samskabelse'],
    ]);
    assert.equal(shownHeadline('da', inddragelse, whole), '5 personer har svaret. Midt i svarene: nu »Fælles fokus«, bør være »Aktiv inddragelse«.');
    const half = gapAnswers([
      ['fokus', 'inddragelse'],
      ['fokus', 'samskabelse'],
      ['fokus', 'samskabelse'],
      ['lydhoerhed', 'samskabelse'],
      ['lydhoerhed', 'fokus'],
      ['lydhoerhed', 'samskabelse'],
    ]);
    assert.equal(shownHeadline('en', inddragelse, half), '6 people answered. The middle answer: now between “Shared focus” and “Heightened responsiveness”, should be “Co-creation”.');
  });

  it('leads with the largest theme of at least k answers, and its perspective', () => {
    const answers = ['Borgerne først.', 'Borgerne og loven.', 'Tid til borgerne.', 'Borgerne i centrum.', 'Borgerne skal trives.', 'Papir.'].map((formal) => ({ formal }));
    // No size: "5 svar" of 6 would give away that one answer is in no theme (docs/anonymity.md, rule 7, "Sizes").
    assert.match(shownHeadline('da', hvemDefinerer, answers), /^6 personer har svaret\. Det største tema er »borgerne[^«]*« \(den formelle kerneopgave\)\.$/);
  });

  it('says no figure of a theme below k, and then keeps the general sentence', () => {
    const answers = ['Borgerne først.', 'Borgerne og loven.', 'Tid til møder.', 'Papir og skemaer.', 'Kørsel hele dagen.', 'Ventetid.'].map((formal) => ({ formal }));
    assert.equal(shownHeadline('da', hvemDefinerer, answers), '6 personer har svaret. Her er, hvad de tre perspektiver siger.');
  });
});

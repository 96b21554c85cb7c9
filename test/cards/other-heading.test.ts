import assert from 'node:assert/strict';
import { groupSections } from '../../cards/group-sections';
import { summaryCard } from '../../cards/summary-card';
import { themeSection } from '../../cards/summary-section';
import { hvemDefinerer } from '../../domain/exercises/hvem-definerer';
import { summariseGroups } from '../../domain/summary/groups';
import { summarisePerspectives } from '../../domain/summary/perspectives';
import { texts } from '../support/card-nodes';
import { sessionOf } from '../support/card-sessions';

const identity = <T>(xs: T[]): T[] => xs;
const MEETINGS = ['For mange møder', 'Møder uden dagsorden', 'Lange møder hver uge', 'Møder der kunne være en mail', 'Møder hele dagen'];
const APART = [
  'Vi har for travlt i hverdagen',
  'Borgerne skal have hjælp hurtigt',
  'Samarbejdet med forældrene er godt',
  'Dokumentation tager meget tid',
  'Eleverne skal lære mest muligt',
  'Ledelsen skal give retning',
];

/** The summary card's TextBlocks for answers to the formal core task, at k = 3. */
function cardTexts(lang: 'da' | 'en', formal: readonly string[]): string[] {
  const summary = summarisePerspectives(
    hvemDefinerer,
    formal.map((f) => ({ formal: f })),
    3,
    'all',
    identity,
  );
  return texts(summaryCard(sessionOf(hvemDefinerer, { lang }), summary));
}

/** "Andre svar" means "besides the themes above": with no theme above, the quotes get a plain heading. */
describe('summary card: the heading over answers in no theme', () => {
  it('with no theme before them, heads the quotes "Fra svarene", right under the section\'s count', () => {
    const shown = cardTexts('da', APART);
    const at = shown.indexOf('Fra svarene');
    assert.ok(at > 0, shown.join('\n'));
    assert.equal(shown[at - 1], '6 svar', 'the count just above says how many, so the heading needs none');
    assert.equal(shown.slice(at + 1, at + 7).filter((s) => s.startsWith('“')).length, 6);
    assert.ok(!shown.some((s) => s.startsWith('Andre svar')), shown.join('\n'));
  });

  it('likewise in English', () => {
    const shown = cardTexts('en', APART);
    assert.ok(shown.includes('From the answers'), shown.join('\n'));
    assert.ok(!shown.some((s) => s.startsWith('Other answers')), shown.join('\n'));
  });

  it('keeps "Andre svar" with its size after a theme', () => {
    const shown = cardTexts('da', [...MEETINGS, ...APART.slice(0, 3)]);
    const at = shown.indexOf('Andre svar (3 svar)');
    assert.ok(at > 0, shown.join('\n'));
    assert.ok(shown.slice(0, at).includes('møder (5 svar)'), 'the theme comes first');
    assert.ok(!shown.includes('Fra svarene'));
  });

  it('decides by what the section shows: no theme, or themes, around the same quotes', () => {
    const alone = themeSection('en', { themes: [], count: 6, otherCount: 6, otherQuotes: ['Coffee', 'Cake'] }, 3);
    assert.deepEqual(
      alone.themes.map((t) => t.heading),
      ['From the answers'],
    );
    const meetings = [{ label: ['meetings'], members: [0, 1, 2, 3, 4, 5], quotes: [] }];
    const after = themeSection('en', { themes: meetings, count: 8, otherCount: 2, otherQuotes: ['Coffee', 'Cake'] }, 3);
    assert.deepEqual(
      after.themes.map((t) => t.heading),
      ['meetings', 'Other answers'],
    );
  });

  it("heads a professional group's quotes the same way: plain when the group has no theme", () => {
    const group = (texts: readonly string[]) => texts.map((kerneopgave) => ({ faggruppe: 'Lærere', kerneopgave }));
    const apart = summariseGroups('faggruppe', ['kerneopgave'], group(APART), ['Lærere'], 3, identity);
    assert.ok(apart.shown);
    assert.deepEqual(
      groupSections('da', apart)[0].themes.map((t) => t.heading),
      ['Fra svarene'],
    );
    const themed = summariseGroups('faggruppe', ['kerneopgave'], group([...MEETINGS, ...APART.slice(0, 3)]), ['Lærere'], 3, identity);
    assert.ok(themed.shown);
    const headings = groupSections('da', themed)[0].themes.map((t) => t.heading);
    assert.equal(headings.at(-1), 'Andre svar', headings.join(' | '));
    assert.ok(headings.length > 1);
  });
});

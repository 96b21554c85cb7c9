import assert from 'node:assert/strict';
import { summaryCard } from '../../cards/summary-card';
import type { Language } from '../../domain/exercise';
import { dilemmaer } from '../../domain/exercises/dilemmaer';
import { vildfarelser } from '../../domain/exercises/vildfarelser';
import type { Session } from '../../domain/session';
import { summarise } from '../../domain/summary/summarise';
import type { AnswerTexts } from '../../domain/validation/answer';
import { charts, nodes } from '../support/card-nodes';
import { cardText } from '../support/playground-client';

function session(exerciseId: string, language: Language = 'da', variant?: string): Session {
  return {
    schema: 1,
    id: 'sess-rerun',
    exerciseId,
    exerciseVersion: 1,
    settings: { title: 'Igen', k: 5, language, distribution: 'all', timeZone: 'Europe/Copenhagen', ...(variant ? { variant } : {}) },
    facilitator: { id: 'f', name: 'F' },
    state: 'closed',
    phase: 'answer',
    place: { serviceUrl: 'http://x', tenantId: 't', teamsChannelId: 'c', teamId: 'team-1' },
    createdAt: '2027-01-04T00:00:00Z',
    shownProgress: 0,
  };
}

const SIX: AnswerTexts[] = [
  { fixed: '1', onlyOne: '2', level: 'kommune' },
  { fixed: '2', onlyOne: '2', level: 'arbejdsplads' },
  { fixed: '1', onlyOne: '4', level: 'kommune' },
  { fixed: '1', onlyOne: '4', level: 'kommune' },
  { fixed: '1', onlyOne: '4', level: 'team' },
  { fixed: '5', onlyOne: '4', level: 'kommune' },
];
const POSITIONS: AnswerTexts[] = ['1', '2', '2', '4', '4', '5'].map((position, i) => ({ position, reason: `Begrundelse nummer ${i}` }));
const settings = { k: 5, distribution: 'all' } as const;
const EXACT_COUNT = /\d+ \(\d+ ?%\)/;
const ALL = vildfarelser.questions.map((q) => q.id);

describe('the summary card of a re-run (docs/anonymity.md, "Figures across rounds")', () => {
  const first = summaryCard(session('vildfarelser'), summarise(vildfarelser, SIX, settings));
  const rerun = summaryCard(session('vildfarelser'), summarise(vildfarelser, SIX, settings, { repeated: ALL }));

  it("the first run still shows every step's count and share, median and spread, with charts", () => {
    const text = cardText(first);
    assert.match(text, EXACT_COUNT);
    assert.match(text, /median/);
    assert.equal(charts(first).length, 3);
    assert.doesNotMatch(text, /vises ikke denne gang/);
  });

  it('a re-run shows no count, mean, median, spread or chart for its scales and choices, and says why and what to use instead', () => {
    const text = cardText(rerun);
    assert.doesNotMatch(text, EXACT_COUNT);
    assert.doesNotMatch(text, /median|midterste halvdel/i);
    assert.equal(charts(rerun).length, 0, 'nothing per step or option left to draw');
    assert.doesNotMatch(text, /Gennemsnit|delt i to lejre/);
    assert.match(text, /Tallene vises ikke denne gang, fordi øvelsen har været kørt før i teamet/);
    assert.match(text, /skriv »planlæg«/);
    assert.equal((text.match(/Hvordan svarene fordeler sig, vises ikke denne gang/g) ?? []).length, 3, 'under the two answered scales and the choice (the third scale nobody answered)');
    assert.doesNotMatch(text, /Flest valgte/, 'the headline names no option');
  });

  it('a re-run asks about the statements, not about a spread the card no longer shows; a partial re-run keeps the usual prompt', () => {
    assert.match(cardText(first), /hvor spreder svarene sig/);
    assert.doesNotMatch(cardText(rerun), /spreder|spredningen/);
    assert.match(cardText(rerun), /Tallene vises ikke denne gang\. Tal i stedet om påstandene/);
    assert.match(cardText(summaryCard(session('vildfarelser'), summarise(vildfarelser, SIX, settings, { repeated: ['fixed'] }))), /hvor spreder svarene sig/);
  });

  it('a re-run still says how many answered each question asked before (who took part, not what they chose)', () => {
    const text = cardText(rerun);
    assert.equal((text.match(/\n6 svar\nHvordan svarene fordeler sig, vises ikke denne gang/g) ?? []).length, 3, 'the two answered scales and the choice');
    const en = cardText(summaryCard(session('vildfarelser', 'en'), summarise(vildfarelser, SIX, settings, { repeated: ALL })));
    assert.match(en, /\n6 answers\n/);
  });

  it("a dilemma pools both sides' reasons, so no reason tells which side its writer took", () => {
    const first = cardText(summaryCard(session('dilemmaer', 'da', 'd1'), summarise(dilemmaer, POSITIONS, settings)));
    assert.match(first, /Grunde hos dem, der hælder mod side A/, 'the first run shows the reasons by side');
    const text = cardText(summaryCard(session('dilemmaer', 'da', 'd1'), summarise(dilemmaer, POSITIONS, settings, { repeated: dilemmaer.questions.map((q) => q.id) })));
    assert.doesNotMatch(text, /lejre|hælder mod side/, 'no camps and no sides');
    assert.match(text, /Hvorfor står du der\?\n6 svar/, 'the reasons, pooled');
    assert.doesNotMatch(text, /\d+ \(\d+ %\)/);
  });

  it('in English too, and no placeholder is left', () => {
    const card = summaryCard(session('vildfarelser', 'en'), summarise(vildfarelser, SIX, settings, { repeated: ALL }));
    const text = cardText(card);
    assert.match(text, /The figures are not shown this time, because the exercise has been run in this team before/);
    assert.ok(!nodes(card).some((n) => typeof n.text === 'string' && /\{\w+\}|\$\{/.test(n.text)));
  });

  it('only the questions asked before are held back; the card says how many, and the new ones show as usual', () => {
    const card = summaryCard(session('vildfarelser'), summarise(vildfarelser, SIX, settings, { repeated: ['fixed'] }));
    const text = cardText(card);
    assert.match(text, /Tallene vises ikke denne gang ved spørgsmål, der har været stillet før i teamet \(1 af 3\)/, 'fixed of the three shown (citizenCentre: nobody answered it)');
    assert.match(text, /Nye spørgsmål vises som sædvanlig/);
    assert.equal((text.match(/Hvordan svarene fordeler sig, vises ikke denne gang/g) ?? []).length, 1);
    assert.match(text, EXACT_COUNT, 'onlyOne and level keep their counts');
    assert.equal(charts(card).length, 2);
    const en = cardText(summaryCard(session('vildfarelser', 'en'), summarise(vildfarelser, SIX, settings, { repeated: ['fixed', 'level'] })));
    assert.match(en, /for questions asked in this team before \(2 of 3\)/);
  });

  it('in a group chat outside any team, the note says the chat', () => {
    const chat = session('vildfarelser');
    const text = cardText(summaryCard({ ...chat, place: { ...chat.place, teamId: undefined } }, summarise(vildfarelser, SIX, settings, { repeated: ALL })));
    assert.match(text, /fordi øvelsen har været kørt før i denne chat/);
  });

  it('no note when no question was asked before', () => {
    assert.doesNotMatch(cardText(summaryCard(session('vildfarelser'), summarise(vildfarelser, SIX, settings, { repeated: [] }))), /vises ikke denne gang/);
  });
});

import assert from 'node:assert/strict';
import { summaryCard } from '../../cards/summary-card';
import { faggrupper } from '../../domain/exercises/faggrupper';
import type { Session } from '../../domain/session';
import { summarise } from '../../domain/summary/summarise';
import { cardText } from '../support/playground-client';

const GROUPS = ['Lærere', 'Pædagoger'];

function session(language: 'da' | 'en'): Session {
  return {
    schema: 1,
    id: 'b'.repeat(24),
    exerciseId: 'faggrupper',
    exerciseVersion: 1,
    settings: { title: '', k: 3, language, distribution: 'all', timeZone: 'Europe/Copenhagen', groups: GROUPS, facilitatorTexts: { proposal: 'Vi skaber læring og trivsel for alle børn.' } },
    facilitator: { id: 'f', name: 'F' },
    state: 'closed',
    phase: 'answer',
    place: { serviceUrl: 'http://x', tenantId: 't', teamsChannelId: 'c' },
    createdAt: '2026-11-22T00:00:00Z',
    shownProgress: 0,
  };
}

const answer = (rating: string, change: string) => ({
  rating,
  change,
  group: 'Lærere',
  contribution: 'Vi giver eleverne ro og struktur i hverdagen',
  collaboration: 'Fælles møder om eleverne hver uge',
});
/** The sharpest comments on the proposal, from those who gave it 1 or 2: each may be quoted. */
const SHARP = [
  answer('1', 'Buddet siger intet om eleverne og er en tekst fra forvaltningen.'),
  answer('2', 'Eleverne mangler i buddet, som er en tekst fra forvaltningen.'),
  answer('2', 'Buddet er en tekst fra forvaltningen, og eleverne mangler.'),
];
const PLEASED = [answer('4', 'Godt bud, gerne et ord om forældrene.'), answer('4', 'Et ord om forældrene ville være godt.'), answer('5', 'Rammer godt, også forældrene.')];

function card(answers: Record<string, string>[], language: 'da' | 'en' = 'da'): string {
  return cardText(summaryCard(session(language), summarise(faggrupper, answers, { k: 3, distribution: 'all', groups: GROUPS })));
}

describe("the summary card's section of low ratings", () => {
  it('shows "Fra dem, der gav 1–2" with the comments of the three who gave them', () => {
    const text = card([...SHARP, ...PLEASED]);
    assert.match(text, /Fra dem, der gav 1–2 på »Hvor godt rammer lederens bud det, vi er her for\?«/);
    assert.match(text, /3 svar på »Hvad ville du ændre i buddet, eller hvad mangler det\?«/);
    const section = text.slice(text.indexOf('Fra dem, der gav 1–2'));
    assert.match(section, /forvaltningen/);
    assert.match(section, /“[^”]*forvaltningen[^”]*”/, 'with a quote from them');
  });

  it('reads in English in an English team', () => {
    const text = card([...SHARP, ...PLEASED], 'en');
    assert.match(text, /From those who gave 1–2 on “/);
    assert.match(text, /3 answers to “/);
  });

  it('is not there when fewer than k gave a low rating', () => {
    assert.doesNotMatch(card([...SHARP.slice(0, 2), ...PLEASED]), /Fra dem, der gav/);
  });

  it("says without a figure that the others' comments are held back, and shows none of them, when they are fewer than k", () => {
    const text = card([...SHARP, answer('1', 'Eleverne mangler, og buddet er en tekst fra forvaltningen.'), ...PLEASED.slice(0, 2)]);
    assert.match(text, /Kommentarerne fra dem, der gav 3–5, vises ikke: De er for få og kunne ellers regnes ud\./);
    assert.doesNotMatch(text, /forældrene/);
    assert.doesNotMatch(text, /^Hvad ville du ændre i buddet, eller hvad mangler det\?$/m, 'no section of its own for the question');
  });
});

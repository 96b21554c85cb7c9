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
    schema: 1, id: 'sess-rerun', exerciseId, exerciseVersion: 1,
    settings: { title: 'Igen', k: 5, language, distribution: 'all', timeZone: 'Europe/Copenhagen', ...(variant ? { variant } : {}) },
    facilitator: { id: 'f', name: 'F' }, state: 'closed', phase: 'answer',
    place: { serviceUrl: 'http://x', tenantId: 't', teamsChannelId: 'c' }, createdAt: '2027-01-04T00:00:00Z', shownProgress: 0,
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

describe('the summary card of a re-run (docs/anonymity.md, "Figures across rounds")', () => {
  const first = summaryCard(session('vildfarelser'), summarise(vildfarelser, SIX, settings));
  const rerun = summaryCard(session('vildfarelser'), summarise(vildfarelser, SIX, settings, { repeated: true }));

  it('the first run still shows every step\'s count and share, median and spread, with charts', () => {
    const text = cardText(first);
    assert.match(text, EXACT_COUNT);
    assert.match(text, /median/);
    assert.equal(charts(first).length, 3);
    assert.doesNotMatch(text, /afrundet/);
  });

  it('a re-run shows each scale\'s rounded mean and no count, median, spread or chart, and says why', () => {
    const text = cardText(rerun);
    assert.doesNotMatch(text, EXACT_COUNT);
    assert.doesNotMatch(text, /median|midterste halvdel/i);
    assert.equal(charts(rerun).length, 0, 'nothing per step or option left to draw');
    assert.match(text, /Gennemsnit: 2 på skalaen fra 1 \(helt uenig\) til 5 \(helt enig\)/);
    assert.match(text, /Tallene er afrundet, fordi øvelsen har været kørt før i denne kanal/);
    assert.match(text, /vises ikke, når øvelsen har været kørt før/);
    assert.doesNotMatch(text, /Flest valgte/, 'the headline names no option');
  });

  it('a dilemma that split says so in the headline and beside its mean, with no camp sizes', () => {
    const card = summaryCard(session('dilemmaer', 'da', 'd1'), summarise(dilemmaer, POSITIONS, settings, { repeated: true }));
    const text = cardText(card);
    assert.match(text, /Svarene er delt i to lejre\./);
    assert.match(text, /Svarene er delt i to lejre, så gennemsnittet taler ikke for holdet/);
    assert.doesNotMatch(text, /To lejre: \d|\d+ \(\d+ %\)|\d+ svar\n/, 'no camp or side sizes');
  });

  it('in English too, and no placeholder is left', () => {
    const card = summaryCard(session('vildfarelser', 'en'), summarise(vildfarelser, SIX, settings, { repeated: true }));
    const text = cardText(card);
    assert.match(text, /The figures are rounded because the exercise has been run before in this channel/);
    assert.match(text, /Mean: 2 on the scale from 1/);
    assert.ok(!nodes(card).some((n) => typeof n.text === 'string' && /\{\w+\}|\$\{/.test(n.text)));
  });
});

import assert from 'node:assert/strict';
import { cardSize, CARD_SIZE_MAX, clip } from '../../cards/render';
import { summaryCard } from '../../cards/summary-card';
import { cardText } from '../support/playground-client';
import type { Session } from '../../domain/session';
import type { PerspectivesSummary } from '../../domain/summary/perspectives';
import { vildfarelser } from '../../domain/exercises/vildfarelser';
import { summarise } from '../../domain/summary/summarise';

function session(): Session {
  return {
    schema: 1,
    id: 'a'.repeat(24),
    exerciseId: 'hvem-definerer',
    exerciseVersion: 1,
    settings: { title: 'Stor opsamling', k: 5, language: 'da', distribution: 'all', timeZone: 'Europe/Copenhagen' },
    facilitator: { id: 'f', name: 'F' },
    state: 'closed',
    phase: 'answer',
    place: { serviceUrl: 'http://x', tenantId: 't', teamsChannelId: 'c' },
    createdAt: '2026-11-22T00:00:00Z',
    shownProgress: 0,
  };
}

/** Every theme with two quotes of 1,000 characters: far more than a Teams message can hold. */
type Shown = Extract<PerspectivesSummary, { shown: true }>;

function huge(): Shown {
  const quote = (i: number) => `Citat ${i}: ` + 'Vi bruger tid på dokumentation, møder og æøå-tunge formuleringer om kerneopgaven. '.repeat(20);
  const perspective = (id: string, labelKey: string) => ({
    id,
    labelKey,
    shown: true,
    count: 200,
    themes: Array.from({ length: 10 }, (_, t) => ({ label: [`tema${t}`, 'tid', 'møder'], members: Array.from({ length: 20 }, (_, m) => m), quotes: [quote(t), quote(t + 100)] })),
    otherCount: 0,
  });
  return {
    kind: 'perspectives',
    shown: true,
    k: 5,
    respondents: 200,
    perspectives: [perspective('formal', 'perspective.formal'), perspective('performed', 'perspective.performed'), perspective('experienced', 'perspective.experienced')],
    shared: ['tid'],
    distinct: {},
    agreement: 50,
  };
}

describe('summary card size', () => {
  it('shortens a summary that would not fit in a Teams message, and says so', () => {
    const card = summaryCard(session(), huge());
    assert.ok(cardSize(card) <= CARD_SIZE_MAX, `${cardSize(card)} UTF-16 code units`);
    const text = cardText(card);
    assert.match(text, /Opsamlingen er forkortet/);
    assert.match(text, /200 personer har svaret/, 'the headline survives');
    assert.match(text, /tema0/, 'the themes survive');
  });

  it('leaves a summary that fits as it is', () => {
    const small = huge();
    for (const p of small.perspectives) p.themes = p.themes.slice(0, 1).map((t) => ({ ...t, quotes: ['Et kort citat.'] }));
    const text = cardText(summaryCard(session(), small));
    assert.doesNotMatch(text, /forkortet/);
    assert.match(text, /“Et kort citat\.”/);
  });

  it('keeps every chart and every figure when it shortens a summary with distributions', () => {
    const answers = Array.from({ length: 200 }, (_, i) => ({ fixed: String(1 + (i % 5)), onlyOne: String(1 + (i % 3)), citizenCentre: '4', level: i % 2 ? 'kommune' : 'team' }));
    const mixed = summarise(vildfarelser, answers, { k: 5, distribution: 'all' });
    assert.ok(mixed.kind === 'mixed' && mixed.shown);
    // One free-text question, its themes with six long quotes each: well over the limit.
    const [one] = huge().perspectives;
    const themes = one.themes.map((th) => ({ ...th, quotes: [...th.quotes, ...th.quotes, ...th.quotes] }));
    const texts = { ...huge(), perspectives: [{ ...one, id: 'different', labelKey: 'question.vildfarelser.different', themes }] };
    const card = summaryCard({ ...session(), exerciseId: 'vildfarelser' }, { ...mixed, texts });
    assert.ok(cardSize(card) <= CARD_SIZE_MAX, `${cardSize(card)} UTF-16 code units`);
    const text = cardText(card);
    assert.match(text, /Opsamlingen er forkortet/);
    const json = JSON.stringify(card);
    assert.equal(json.match(/"Chart\.HorizontalBar"/g)?.length, 4, 'three scales and one choice');
    assert.match(text, /1 – helt uenig: 40 \(20 %\)/);
    assert.match(text, /Vores team eller afdeling: 100 \(50 %\)/);
  });

  it('cuts long texts at a word with an ellipsis', () => {
    assert.equal(clip('kort', 10), 'kort');
    const cut = clip('ord '.repeat(100), 50);
    assert.ok(cut.length <= 52 && cut.endsWith(' …'), cut);
  });
});

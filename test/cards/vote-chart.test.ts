import assert from 'node:assert/strict';
import { cardSize, CARD_SIZE_MAX } from '../../cards/render';
import { voteResultCard } from '../../cards/vote-result-card';
import type { Session } from '../../domain/session';
import { tallyVotes } from '../../domain/summary/votes';
import { nodes, texts, type Json, charts } from '../support/card-nodes';

function session(): Session {
  return {
    schema: 1,
    id: 'sess-vote',
    exerciseId: 'vildfarelser',
    exerciseVersion: 1,
    settings: { title: 'Afstemning', k: 5, language: 'da', distribution: 'all', timeZone: 'Europe/Copenhagen' },
    facilitator: { id: 'f', name: 'F' },
    state: 'closed',
    phase: 'vote',
    place: { serviceUrl: 'http://x', tenantId: 't', teamsChannelId: 'c' },
    createdAt: '2026-11-22T00:00:00Z',
    shownProgress: 0,
  };
}

const PROPOSALS = ['Fælles morgenmøde hver mandag', 'Ny vagtplan med faste makkerpar', 'Mindre **dokumentation**, mere tid hos borgerne'];

describe('vote result chart', () => {
  // Seven voters: proposal 2 gets 7 votes, proposal 0 gets 5, proposal 1 gets 2 (fewer than k).
  const tally = tallyVotes(PROPOSALS, ['0,2', '0,2', '0,2', '0,2', '0,2', '1,2', '1,2'], 2, 5);
  const card = voteResultCard(session(), tally);

  it('draws a bar for each proposal whose count is shown, in rank order', () => {
    const [bars] = charts(card);
    assert.equal(bars.type, 'Chart.HorizontalBar');
    assert.deepEqual(
      bars.data,
      [
        { x: '1. Mindre dokumentation, mere tid hos borgerne', y: 7 },
        { x: '2. Fælles morgenmøde hver mandag', y: 5 },
      ],
      'whole proposals, never cut',
    );
    assert.equal(bars.title, 'Forslag med stemmetal');
    assert.equal(bars.displayMode, 'AbsoluteNoAxis', 'so the counts are written next to the bars');
  });

  it('gives a proposal with fewer than k votes no bar and no figure anywhere', () => {
    const [bars] = charts(card);
    assert.equal(
      (bars.data as { x: string }[]).some((p) => p.x.includes('vagtplan')),
      false,
    );
    assert.doesNotMatch(JSON.stringify(card), /\b2 stemmer/);
    assert.ok(texts(card).includes('Nr. 3: Ny vagtplan med faste makkerpar – for få stemmer til at vise tallet'));
  });

  it('keeps every line as text, and as the fallback of the chart', () => {
    const block = nodes(card).find((n) => n.type === 'Container' && n.fallback) as Json;
    const lines = [
      'Nr. 1: Mindre \\*\\*dokumentation\\*\\*, mere tid hos borgerne – 7 stemmer',
      'Nr. 2: Fælles morgenmøde hver mandag – 5 stemmer',
      'Nr. 3: Ny vagtplan med faste makkerpar – for få stemmer til at vise tallet',
    ];
    assert.deepEqual(texts(block.fallback), lines);
    assert.deepEqual(texts(block.items), lines);
  });

  it('draws nothing when no count reaches k, or fewer than k voted', () => {
    const spread = tallyVotes(PROPOSALS, ['0', '0', '1', '1', '2', '2'], 1, 5);
    assert.deepEqual(charts(voteResultCard(session(), spread)), []);
    assert.equal(texts(voteResultCard(session(), spread)).filter((t) => t.startsWith('Nr.')).length, 3);
    assert.deepEqual(charts(voteResultCard(session(), tallyVotes(PROPOSALS, ['0', '0'], 1, 5))), []);
  });

  it('keeps the lines and drops the chart when both would not fit in a Teams message', () => {
    const many = Array.from({ length: 120 }, (_, i) => `Forslag ${i}: ` + 'mere tid til kerneopgaven og mindre dobbeltregistrering '.repeat(6));
    const ballots = Array.from({ length: 600 }, (_, i) => `${i % 120},${(i + 1) % 120}`);
    const big = voteResultCard(session(), tallyVotes(many, ballots, 2, 5));
    assert.ok(cardSize(big) <= CARD_SIZE_MAX, `${cardSize(big)} UTF-16 code units`);
    assert.deepEqual(charts(big), []);
    assert.equal(texts(big).filter((t) => t.startsWith('Nr.')).length, 120);
  });
});

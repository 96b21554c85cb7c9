import assert from 'node:assert/strict';
import { literal, type Question } from '../../domain/exercise';
import { buildCustomExercise, CUSTOM_ID, type CustomSpec } from '../../domain/exercises/custom';
import { dilemmaer } from '../../domain/exercises/dilemmaer';
import { candidateRuns, countsAsEarlierRun, inScope, repeatedQuestions, type RunOf } from '../../domain/summary/repeat-rule';
import { sameQuestion, wordsOf } from '../../domain/summary/same-question';

const place = { serviceUrl: 'http://x', tenantId: 't', teamsChannelId: 'channel-a', teamId: 'team-1' };
const current: RunOf = { id: 'now', exerciseId: 'dilemmaer', settings: { variant: 'd1' }, place, state: 'closing', phase: 'answer' };
const earlier = (over: Partial<RunOf> = {}): RunOf => ({ ...current, id: 'before', state: 'closed', summaryPostedAt: '2027-01-04T08:00:00Z', ...over });
const asked = dilemmaer.questions;

const scale = (text: string): CustomSpec['questions'][number] => ({ kind: 'scale', text });
const own = (custom: CustomSpec, id = 'now'): RunOf => ({ ...current, id, exerciseId: CUSTOM_ID, settings: { custom }, ...(id === 'now' ? {} : { summaryPostedAt: '2027-01-04T08:00:00Z' }) });
const ownRepeated = (now: CustomSpec, before: CustomSpec) => repeatedQuestions(own(now), buildCustomExercise(now).questions, own(before, 'before'), true);

describe('which earlier session makes a run a re-run (docs/anonymity.md, "Figures across rounds")', () => {
  it('the same exercise in the same team whose summary was posted with figures, in any of its channels', () => {
    assert.equal(countsAsEarlierRun(current, earlier(), true), true);
    assert.equal(countsAsEarlierRun(current, earlier({ place: { ...place, teamsChannelId: 'channel-b' } }), true), true, 'another channel of the same team');
  });

  it('not another team, and outside a team only the same chat', () => {
    assert.equal(countsAsEarlierRun(current, earlier({ place: { ...place, teamsChannelId: 'channel-b', teamId: 'team-2' } }), true), false, 'another team');
    assert.equal(countsAsEarlierRun(current, earlier({ place: { ...place, teamId: 'team-2' } }), true), false, 'another team, even with the same channel id');
    const chat = { serviceUrl: 'http://x', tenantId: 't', teamsChannelId: '19:chat' };
    assert.equal(inScope(chat, chat), true);
    assert.equal(inScope(chat, { ...chat, teamsChannelId: '19:other-chat' }), false);
    assert.equal(inScope(chat, { ...chat, teamId: 'team-1' }), false, 'a team session is not the chat');
    assert.equal(inScope({ ...chat, teamId: 'team-1' }, chat), false);
  });

  it('not when its summary was below k, never posted, or the session was cancelled', () => {
    assert.equal(countsAsEarlierRun(current, earlier(), false), false, 'below k: nothing shown to compare');
    assert.equal(countsAsEarlierRun(current, earlier({ summaryPostedAt: undefined, state: 'open', phase: 'answer' }), true), false, 'still taking answers');
    assert.equal(countsAsEarlierRun(current, earlier({ summaryPostedAt: undefined, summaryWithheld: 'unreachable' }), true), false, 'withheld: the team never saw it');
    assert.equal(countsAsEarlierRun(current, earlier({ cancelledAt: '2027-01-03T08:00:00Z' }), true), false);
  });

  it('a run whose answers closed counts before its summary is posted: two runs closing at once each count the other', () => {
    const closingToo = earlier({ summaryPostedAt: undefined, state: 'closing', phase: 'answer' });
    assert.equal(countsAsEarlierRun(current, closingToo, true), true);
    assert.equal(countsAsEarlierRun(closingToo, current, true), true, 'and the other way round');
    assert.equal(countsAsEarlierRun(current, earlier({ summaryPostedAt: undefined, state: 'open', phase: 'proposals' }), true), true, 'summary due, proposals open');
  });

  it('not another exercise or another dilemma', () => {
    assert.equal(countsAsEarlierRun(current, earlier({ exerciseId: 'vildfarelser' }), true), false);
    assert.equal(countsAsEarlierRun(current, earlier({ settings: { variant: 'd2' } }), true), false);
  });

  it('not itself, and not check-in rounds, which are rounded by their own rule', () => {
    assert.equal(countsAsEarlierRun(current, { ...current, summaryPostedAt: 'x' }, true), false);
    const round = { scheduleId: 's', dueAt: '2027-01-04T08:00:00Z', late: false, carried: [] };
    assert.equal(countsAsEarlierRun({ ...current, round }, earlier({ round }), true), false);
  });

  it('candidateRuns keeps the sessions worth reading the summary of', () => {
    const others = [
      earlier({ id: 'a' }),
      earlier({ id: 'b', exerciseId: 'tid' }),
      earlier({ id: 'c', summaryPostedAt: undefined, state: 'open', phase: 'answer' }),
      earlier({ id: 'd', place: { ...place, teamId: 'team-2' } }),
      { ...current },
    ];
    assert.deepEqual(
      candidateRuns(current, asked, others).map((o) => o.id),
      ['a'],
    );
    const before = { questions: [scale('Vi har tid nok til kerneopgaven')] };
    const now = { questions: [scale('Vi hjælper hinanden, når det brænder på')] };
    assert.deepEqual(candidateRuns(own(now), buildCustomExercise(now).questions, [own(before, 'x')]), [], 'an own exercise that shares no question');
  });
});

describe('which questions of a run were asked before', () => {
  it('a catalogue exercise: every question, by id', () => {
    assert.deepEqual(
      repeatedQuestions(current, asked, earlier({ place: { ...place, teamsChannelId: 'channel-b' } }), true),
      asked.map((q) => q.id),
    );
    assert.deepEqual(repeatedQuestions(current, asked, earlier({ place: { ...place, teamId: 'team-2' } }), true), []);
  });

  it('an own exercise with one word changed in question 1 and a new question 3: 1 and 2 were asked before, 3 not', () => {
    const before = { questions: [scale('Jeg har tid nok til kerneopgaven.'), scale('Vi hjælper hinanden, når det brænder på.')] };
    const now = { questions: [scale('Jeg har tid nok til kerneopgaverne.'), scale('vi hjælper  hinanden når det brænder på'), scale('Jeg ved, hvad der forventes af mig.')] };
    assert.deepEqual(ownRepeated(now, before), ['q1', 'q2']);
  });

  it('matched by text, not by place: a question moved from 2 to 1 is still asked before', () => {
    const before = { questions: [scale('Vi har tid nok til kerneopgaven'), scale('Vi hjælper hinanden, når det brænder på')] };
    assert.deepEqual(ownRepeated({ questions: [before.questions[1]] }, before), ['q1']);
  });

  it('not another kind or scale, not another question, and not a short text with its one word changed', () => {
    const before = { questions: [scale('Vi har tid nok til kerneopgaven')] };
    assert.deepEqual(ownRepeated({ questions: [{ kind: 'freeText', text: 'Vi har tid nok til kerneopgaven' }] }, before), [], 'free text, not a scale');
    assert.deepEqual(ownRepeated({ questions: [scale('Ledelsen lytter til os, når vi siger fra')] }, before), []);
    assert.deepEqual(ownRepeated({ questions: [scale('Trivsel')] }, { questions: [scale('Stress')] }), []);
    assert.deepEqual(ownRepeated({ questions: [scale('Vi har ikke tid nok til kerneopgaven')] }, before), ['q1'], 'turned round with one word: the answers mirror the earlier ones');
    assert.deepEqual(ownRepeated({ questions: [scale('Vi har slet ikke tid nok til kerneopgaven')] }, before), [], 'two words added: a question of its own');
  });
});

describe('the same question of an own exercise (domain/summary/same-question.ts)', () => {
  const q = (text: string, max = 5): Question => ({ kind: 'scale', id: 'q1', labelKey: literal(text), min: 1, max, minLabelKey: 'scale.agree.min', maxLabelKey: 'scale.agree.max' });

  it('another scale is another question, whatever its words', () => {
    assert.equal(sameQuestion(q('Hvor tilfreds er du?'), q('hvor tilfreds er du')), true);
    assert.equal(sameQuestion(q('Hvor tilfreds er du?'), q('Hvor tilfreds er du?', 10)), false);
  });

  it('reads the text lowercased, without punctuation and with spaces collapsed', () => {
    assert.deepEqual(wordsOf(literal('  »Vi har TID nok«,  ikke?! ')), ['vi', 'har', 'tid', 'nok', 'ikke']);
    assert.deepEqual(wordsOf(literal('Vi har\u00a0tid – nok.')), ['vi', 'har', 'tid', 'nok']);
  });
});

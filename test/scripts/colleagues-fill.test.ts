import assert from 'node:assert/strict';
import { answerFormCard, definitionOf, sessionCard } from '../../cards/session-card';
import { CATALOGUE } from '../../domain/catalogue';
import { CHECKIN_TEMPLATES } from '../../domain/checkins/templates';
import { CUSTOM_ID } from '../../domain/exercises/custom';
import type { ExerciseDefinition, PhaseKind } from '../../domain/exercise';
import type { Session } from '../../domain/session';
import { checkAnswer } from '../../domain/validation/answer';
import { checkProposal, checkProposalItems, checkVote } from '../../domain/validation/phase-input';
import { inputsOf } from '../../scripts/colleagues/card-reading';
import { fill } from '../../scripts/colleagues/fill';
import { COLLEAGUES } from '../../scripts/colleagues/team';

const GROUPS = ['Lærere', 'Pædagoger', 'Skolesekretær', 'Skolepsykolog'];
const BALLOT = ['Fast punkt på personalemødet', 'Mindre dokumentation', 'Fælles planlægning', 'Spørg forældrene', 'Tidlig indsats'];

/** A session as the bot stores it, for a card rendered by the bot's own code. */
function sessionOf(def: ExerciseDefinition, phase: PhaseKind, extra: Partial<Session['settings']> = {}, round = false): Session {
  return {
    schema: 1,
    id: '0123456789abcdef01234567',
    exerciseId: def.id,
    exerciseVersion: def.version,
    settings: { title: 'Prøve', k: 3, timeZone: 'Europe/Copenhagen', language: 'da', distribution: 'all', ...(def.needsGroups ? { groups: GROUPS } : {}), ...extra },
    facilitator: { id: 'user-mette', name: 'Mette Holm' },
    state: 'open',
    phase,
    place: { serviceUrl: 'http://x', tenantId: 't', teamsChannelId: 'channel-kerneopgave' },
    createdAt: '2027-03-01T08:00:00Z',
    shownProgress: 0,
    ...(round ? { round: { scheduleId: 's-1', dueAt: '2027-03-01T08:00:00Z', late: false, carried: ['Fast punkt på personalemødet'] } } : {}),
  };
}

/** Every way a session can ask its questions: each exercise in each variant, the team's own, each check-in round. */
function everySession(phase: PhaseKind): Session[] {
  const exercises = CATALOGUE.flatMap(({ definition: def }) => {
    if (!def || !def.phases.includes(phase)) return [];
    if (def.id === CUSTOM_ID)
      return [
        sessionOf(def, phase, {
          custom: {
            questions: [
              { kind: 'freeText', text: 'Hvad fylder mest?' },
              { kind: 'scale', text: 'Vi har tid nok.' },
            ],
          },
        }),
      ];
    if (!def.variants) return [sessionOf(def, phase)];
    return def.variants.map((v) =>
      sessionOf(def, phase, { variant: v.id, facilitatorTexts: { formulation: 'Læring for alle', ownDilemma: 'Et dilemma', ownSideA: 'Fællesskabet', ownSideB: 'Den enkelte' } }),
    );
  });
  const rounds = phase === 'answer' ? CHECKIN_TEMPLATES.map((def) => sessionOf(def, phase, def.needsGroups ? { groups: GROUPS } : {}, true)) : [];
  return [...exercises, ...rounds];
}

const valuesFor = (session: Session, card: unknown) =>
  COLLEAGUES.map((colleague, n) =>
    fill(inputsOf(card), n, colleague, { exerciseId: session.exerciseId, phase: session.phase!, questions: new Map(definitionOf(session).questions.map((q) => [q.id, q])) }),
  );

describe('npm run colleagues: what each colleague fills in', () => {
  for (const session of everySession('answer')) {
    const name = `${session.exerciseId}${session.settings.variant ? ` (${session.settings.variant})` : ''}${session.round ? ', round' : ''}`;
    it(`answers ${name} validly, with different texts and spread scales`, () => {
      const def = definitionOf(session);
      const filled = valuesFor(session, sessionCard(session, 0));
      for (const { values } of filled) {
        const checked = checkAnswer(
          def,
          def.questions.map((q) => q.id),
          values,
          session.settings.groups,
        );
        assert.ok(checked.ok, JSON.stringify(checked));
      }
      // Every question gets an answer from someone; only relational coordination skips one's own group.
      for (const q of def.questions)
        assert.ok(
          filled.some((f) => f.values[q.id] !== undefined),
          `${q.id} is answered`,
        );
      for (const q of def.questions.filter((x) => x.kind === 'scale' || x.kind === 'freeText')) {
        const given = filled.map((f) => f.values[q.id]).filter((v) => v !== undefined);
        assert.ok(new Set(given).size >= 2, `${q.id} is not the same from everyone: ${given.join(' | ')}`);
      }
      // A question the script has texts for needs no general answer; a team's own question says it got one.
      const notes = filled.flatMap((f) => f.notes);
      if (session.exerciseId === CUSTOM_ID) assert.match(notes.join('\n'), /generelt svar/);
      else assert.deepEqual(notes, []);
    });
  }

  it('rates the other professional groups in relational coordination, not its own', () => {
    const session = everySession('answer').find((s) => s.exerciseId === 'relationel-koordinering')!;
    const [jonas, aisha] = valuesFor(session, sessionCard(session, 0)).map((f) => f.values);
    assert.equal(jonas.group, 'Lærere');
    assert.equal(jonas.rc_0_timely, undefined, 'a teacher does not rate the teachers');
    assert.ok(jonas.rc_1_timely, 'a teacher rates the pedagogues');
    assert.equal(aisha.group, 'Pædagoger');
    assert.equal(aisha.rc_1_timely, undefined);
  });

  it('answers the one perspective the bot hands out', () => {
    const session = sessionOf(CATALOGUE[0].definition!, 'answer', { distribution: 'assigned' });
    for (const id of ['formal', 'performed', 'experienced']) {
      const [{ values }] = valuesFor(session, answerFormCard(session, [id], 'Dit perspektiv'));
      assert.deepEqual(Object.keys(values), [id]);
    }
  });

  for (const session of everySession('proposals')) {
    it(`sends a valid proposal in ${session.exerciseId}${session.settings.variant ? ` (${session.settings.variant})` : ''}`, () => {
      const items = definitionOf(session).proposalItems;
      const filled = valuesFor(session, sessionCard(session, 0));
      for (const { values, notes } of filled) {
        const checked = items ? checkProposalItems(values, items) : checkProposal(values);
        assert.ok(checked.ok, JSON.stringify({ values, checked }));
        assert.deepEqual(notes, []);
      }
      assert.equal(new Set(filled.map((f) => JSON.stringify(f.values))).size, 5, 'five different proposals');
    });
  }

  it('votes within the ballot and the limit, spread over it', () => {
    const session = sessionOf(CATALOGUE[0].definition!, 'vote');
    const filled = valuesFor(session, sessionCard(session, 0, BALLOT));
    for (const { values } of filled) assert.ok(checkVote(values, BALLOT.length).ok, values.votes);
    assert.ok(new Set(filled.flatMap((f) => f.values.votes.split(','))).size >= 3);
  });

  it('fills a field it does not know with something valid, and leaves an item and its owner empty together', () => {
    const card = {
      type: 'AdaptiveCard',
      body: [
        { type: 'Input.Text', id: 'newText', maxLength: 20 },
        {
          type: 'Input.ChoiceSet',
          id: 'newChoice',
          choices: [
            { title: '(ikke valgt)', value: '' },
            { title: 'A', value: 'a' },
          ],
        },
        {
          type: 'Container',
          items: [
            { type: 'Input.Text', id: 'item9' },
            { type: 'Input.ChoiceSet', id: 'owner9', choices: [{ title: 'os', value: 'os' }] },
          ],
        },
      ],
    };
    const { values, notes } = fill(inputsOf(card), 4, COLLEAGUES[4], { exerciseId: 'tid', phase: 'proposals', questions: new Map() });
    assert.ok(values.newText.length > 0 && values.newText.length <= 20, values.newText);
    assert.equal(values.newChoice, 'a');
    assert.equal(values.item9, undefined, 'Søren has no second proposal');
    assert.equal(values.owner9, undefined, 'so no owner for it either');
    assert.deepEqual(notes, []);
  });
});

import assert from 'node:assert/strict';
import { resultFormCard } from '../../cards/result-card';
import { winningProposal } from '../../dialogs/result-form';
import { tid } from '../../domain/exercises/tid';
import type { RankedProposal, VoteTally } from '../../domain/summary/votes';
import { FORMULATION_MAX } from '../../domain/validation/result';
import { PROPOSAL_MAX } from '../../domain/validation/phase-input';
import { sessionOf } from '../support/card-sessions';

const session = sessionOf(tid, { lang: 'da', phase: 'result' });
const tally = (...ranked: Omit<RankedProposal, 'index'>[]): VoteTally => ({ shown: true, k: 3, voters: 6, ranked: ranked.map((r, index) => ({ index, ...r })) });

/** The maxLength and value of the card's input with this id. */
function input(node: unknown, id: string): { maxLength?: number; value?: string } | undefined {
  if (Array.isArray(node)) return node.map((n) => input(n, id)).find(Boolean);
  if (!node || typeof node !== 'object') return undefined;
  const o = node as Record<string, unknown>;
  if (o.id === id && typeof o.type === 'string' && o.type.startsWith('Input.')) return o as { maxLength?: number; value?: string };
  return Object.values(o)
    .map((v) => input(v, id))
    .find(Boolean);
}

/**
 * The result form starts from the proposal the team chose: only a single winner whose count the
 * top list showed, never a tie or a count hidden below k (docs/anonymity.md, rule 4), and always
 * within the form's own limit, so the client never cuts it.
 */
describe('the pre-filled result form', () => {
  it('names the one top proposal whose count was shown, with its owner', () => {
    assert.equal(
      winningProposal(session, tally({ text: 'Dobbelt registrering', owner: 'forvaltningen', votes: 5, rank: 1 }, { text: 'Referater', owner: 'os', votes: 3, rank: 2 })),
      'Dobbelt registrering (forvaltningen)',
    );
    assert.equal(
      winningProposal(session, tally({ text: 'Dobbelt registrering', votes: 5, rank: 1 }, { text: 'Referater', votes: undefined, rank: 2 })),
      'Dobbelt registrering',
      'the rest below k does not matter',
    );
  });

  it('names nobody on a tie at the top, shown or hidden', () => {
    assert.equal(winningProposal(session, tally({ text: 'A', owner: 'os', votes: 4, rank: 1 }, { text: 'B', owner: 'loven', votes: 4, rank: 1 })), '');
    assert.equal(winningProposal(session, tally({ text: 'A', votes: undefined, rank: 1 }, { text: 'B', votes: undefined, rank: 1 }, { text: 'C', votes: undefined, rank: 3 })), '');
  });

  it('names nobody when the top count was shown as "fewer than k", or the tally was not shown at all', () => {
    assert.equal(winningProposal(session, tally({ text: 'A', votes: undefined, rank: 1 }, { text: 'B', votes: undefined, rank: 2 })), '', 'the top list does not say A won');
    assert.equal(winningProposal(session, { shown: false, k: 3 }), '');
    assert.equal(winningProposal(session, undefined), '');
    assert.equal(winningProposal(session, tally()), '');
  });

  it('clips a proposal as long as allowed so that it fits the form with its owner, at a word, with an ellipsis', () => {
    const long = 'Ugentlig registrering af elevfravær i to systemer '.repeat(30).slice(0, PROPOSAL_MAX - 1) + '.';
    assert.equal(long.length, PROPOSAL_MAX);
    const label = winningProposal(session, tally({ text: long, owner: 'forvaltningen', votes: 5, rank: 1 }));
    assert.ok(label.length <= FORMULATION_MAX, `${label.length} characters`);
    assert.match(label, / … \(forvaltningen\)$/);
    assert.ok(long.startsWith(label.replace(/ … \(forvaltningen\)$/, '')), 'cut, not changed');
    // Exactly as long as fits: kept whole.
    const fits = long.slice(0, FORMULATION_MAX - ' (forvaltningen)'.length);
    assert.equal(winningProposal(session, tally({ text: fits, owner: 'forvaltningen', votes: 5, rank: 1 })), `${fits} (forvaltningen)`);
    // Without an owner a proposal fits as it is.
    assert.equal(winningProposal(session, tally({ text: long, votes: 5, rank: 1 })), long);

    const form = resultFormCard(session, { formulation: label });
    const field = input(form, 'formulation');
    assert.equal(field?.maxLength, FORMULATION_MAX);
    assert.equal(field?.value, label, 'the client has nothing to cut');
  });

  it('gives a refused over-long text back whole: its input takes it', () => {
    const typed = { formulation: 'x'.repeat(FORMULATION_MAX + 50), action1: 'y'.repeat(400), who1: 'z'.repeat(150) };
    const form = resultFormCard(session, typed, ['Teksten er for lang']);
    for (const [id, value] of Object.entries(typed)) {
      const field = input(form, id);
      assert.equal(field?.value, value);
      assert.ok((field?.maxLength ?? 0) >= value.length, `${id}: maxLength ${field?.maxLength} < ${value.length}`);
    }
    assert.equal(input(resultFormCard(session), 'action1')?.maxLength, 300, "otherwise the server's limit");
    assert.equal(input(resultFormCard(session), 'who1')?.maxLength, 100);
  });
});

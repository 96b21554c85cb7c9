import assert from 'node:assert/strict';
import { useStack } from '../support/kernedialog-stack';
import { cardText, firstCard } from '../support/playground-client';
import { startExercise, type StartedSession } from '../support/session-flow';
import { dumpAllTables, type DumpedRow } from '../support/table-dump';

const PEOPLE = ['user-mette', 'user-jonas', 'user-aisha', 'user-lars', 'user-birgitte', 'user-soeren'];

/** The participation hashes in a copy of the tables, without the phase's prefix. */
const participationIn = (rows: readonly DumpedRow[], session: string) =>
  rows.filter((r) => r.partitionKey === session && /(^|:)p\|/.test(String(r.rowKey))).map((r) => String(r.rowKey).replace(/^.*p\|/, ''));

/**
 * Attacks on anonymity through the real endpoint, the Agents Playground and real Azurite, each
 * named after the attack (docs/anonymity.md, "Attacks tried"). Each test passes when the attack fails.
 */
describe('anonymity red team: attacks that must fail', function () {
  this.timeout(60_000);
  const stack = useStack();

  describe('copies of storage taken in different phases of one exercise', () => {
    let s: StartedSession;
    let answerCopy: DumpedRow[];
    let proposalCopy: DumpedRow[];

    before(async () => {
      const pg = stack.playground();
      s = await startExercise(pg, { title: 'To kopier', k: '3' });
      const act = (who: string, verb: string, data: Record<string, string>) => pg.execute(who, s.thread, s.root, verb, { sessionId: s.sessionId, ...data });
      for (const who of PEOPLE) assert.match(cardText(await act(who, 'session.answer', { formal: `Læring for alle ${who}` })), /dit svar er gemt/);
      answerCopy = await dumpAllTables(stack.azurite().connectionString); // the first night's backup
      const since = pg.events.length;
      await act('user-mette', 'session.close', {});
      await pg.waitFor((e) => e.message.messageId === s.root && /Forslag/.test(cardText(firstCard(e))), { since });
      for (const who of PEOPLE) assert.match(cardText(await act(who, 'session.answer', { proposal: `Forslag fra ${who}` })), /dit forslag er gemt/);
      proposalCopy = await dumpAllTables(stack.azurite().connectionString); // the second night's
    });

    it('join one person across phases by the participation row key: no key is shared', () => {
      const inAnswers = participationIn(answerCopy, s.sessionId);
      const inProposals = participationIn(proposalCopy, s.sessionId);
      assert.equal(inAnswers.length, PEOPLE.length, 'the answer phase copy has everyone\'s participation');
      assert.equal(inProposals.length, PEOPLE.length, 'the proposals phase copy has everyone\'s participation');
      assert.deepEqual(inAnswers.filter((key) => inProposals.includes(key)), [], 'a participation key found in both copies joins a person\'s answer to their proposal');
    });
  });
});

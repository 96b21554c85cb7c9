import assert from 'node:assert/strict';
import type { LogLine } from '../../config/log';
import { useStack } from '../support/kernedialog-stack';
import { cardText, firstCard } from '../support/playground-client';
import { closeAndReadSummary, startExercise, type StartedSession } from '../support/session-flow';
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
      assert.equal(inAnswers.length, PEOPLE.length, "the answer phase copy has everyone's participation");
      assert.equal(inProposals.length, PEOPLE.length, "the proposals phase copy has everyone's participation");
      assert.deepEqual(
        inAnswers.filter((key) => inProposals.includes(key)),
        [],
        "a participation key found in both copies joins a person's answer to their proposal",
      );
    });
  });

  describe('facilitators who answer themselves', () => {
    const ASIDE = 'Ledelsen lytter ikke til os på gangen';
    const act = (s: StartedSession, who: string, verb: string, data: Record<string, string>) => stack.playground().execute(who, s.thread, s.root, verb, { sessionId: s.sessionId, ...data });
    const answer = async (s: StartedSession, who: string, formal: string) => assert.match(cardText(await act(s, who, 'session.answer', { formal })), /dit svar er gemt/);
    const addCoFacilitator = async (s: StartedSession) => {
      const pg = stack.playground();
      const since = pg.events.length;
      await pg.mentionWith('medfacilitator', [{ id: 'user-jonas', name: 'Jonas Kristensen (lærer, TR)' }], s.thread);
      await pg.waitFor((e) => e.actionConversationId === s.thread && /medfacilitator/i.test(cardText(firstCard(e))), { since });
    };

    it('count the facilitator and a co-facilitator (added after answering) toward k = 3, then close: the one colleague stays hidden', async () => {
      const s = await startExercise(stack.playground(), { title: 'Tæller selv med', k: '3' });
      await answer(s, 'user-mette', 'Vi underviser børnene godt');
      await answer(s, 'user-jonas', 'Vi skaber trivsel hver dag');
      await answer(s, 'user-aisha', ASIDE);
      await addCoFacilitator(s);
      const summary = cardText(await closeAndReadSummary(stack.playground(), s));
      assert.doesNotMatch(summary, /lytter/, "the colleague's answer was shown: the facilitators counted toward k");
      assert.match(summary, /færre end 3 svar fra andre end facilitatorerne/);
    });

    it('still shows the result once k colleagues besides the facilitators have answered', async () => {
      const s = await startExercise(stack.playground(), { title: 'Nok kolleger', k: '3' });
      await answer(s, 'user-mette', 'Vi underviser børnene godt');
      for (const who of ['user-aisha', 'user-lars', 'user-birgitte']) await answer(s, who, `${ASIDE} ${who.slice(5)}`);
      const summary = cardText(await closeAndReadSummary(stack.playground(), s));
      assert.match(summary, /4 personer har svaret/);
      assert.doesNotMatch(summary, /færre end 3 svar fra andre/);
    });
  });

  describe('watching the shared card and the log while colleagues answer', () => {
    let edits: string[];
    let lines: LogLine[];

    before(async () => {
      const pg = stack.playground();
      const s = await startExercise(pg, { title: 'Hvem svarede lige', k: '3' });
      const fromLine = stack.logs.length;
      const since = pg.events.length;
      for (const [i, who] of PEOPLE.entries()) {
        assert.match(cardText(await pg.execute(who, s.thread, s.root, 'session.answer', { sessionId: s.sessionId, formal: `Svar ${i}` })), /dit svar er gemt/);
      }
      await pg.waitFor((e) => e.action === 'updateMessage' && e.message.messageId === s.root && /Mindst 6/.test(cardText(firstCard(e))), { since });
      await stack.bot().idle();
      edits = pg.events
        .slice(since)
        .filter((e) => e.action === 'updateMessage' && e.message.messageId === s.root)
        .map((e) => cardText(firstCard(e)));
      lines = stack.logs.slice(fromLine);
    });

    it('tell who just answered from when the shared card changed: it changes only after each k more answers', () => {
      // Each edit shows a new multiple of k; answers arriving together may skip one (3 → 6 at once).
      const shown = edits.map((text) => Number(/Mindst (\d+) svar/.exec(text)?.[1]));
      assert.ok(shown.length >= 1 && shown.length <= 2, `six answers with k = 3 edit the shared card at most twice: ${JSON.stringify(edits)}`);
      assert.ok(
        shown.every((n, i) => n % 3 === 0 && n > (shown[i - 1] ?? 0)),
        `each edit a higher multiple of k: ${shown}`,
      );
      assert.equal(shown.at(-1), 6);
    });

    it('tell who just answered, or how many have, from the log: no line carries a person, a count or a sequence', () => {
      assert.ok(
        lines.some((l) => l.msg === 'card action' && l.verb === 'session.answer'),
        'the answers were logged',
      );
      // `req`: the request's correlation id (config/log.ts), random, so it orders nothing.
      const allowed = new Set(['level', 'name', 'msg', 'time', 'verb', 'outcome', 'ms', 'session', 'phase', 'req']);
      const reqs = lines.flatMap((l) => (l.req === undefined ? [] : [String(l.req)]));
      assert.ok(reqs.length > 0 && reqs.every((r) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(r)), `random ids: ${reqs}`);
      for (const line of lines) {
        assert.deepEqual(
          Object.keys(line).filter((key) => !allowed.has(key)),
          [],
          JSON.stringify(line),
        );
        assert.doesNotMatch(JSON.stringify(line), /user-|Mette|Jonas|Aisha|Lars|Birgitte|Søren/, JSON.stringify(line));
      }
    });
  });
});

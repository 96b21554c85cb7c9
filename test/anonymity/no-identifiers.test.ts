import assert from 'node:assert/strict';
import { TableServiceClient, type TableEntityResult } from '@azure/data-tables';
import { fromJsonProperties } from '../../storage/entity-json';
import { tableClientFor } from '../../storage/table-client';
import { useStack } from '../support/kernedialog-stack';
import { cardText, firstCard } from '../support/playground-client';
import { runToResult, startExercise } from '../support/session-flow';

type Row = TableEntityResult<Record<string, unknown>> & { table: string };
const PEOPLE = ['user-mette', 'user-jonas', 'user-aisha', 'user-lars', 'user-birgitte', 'user-soeren'];

/**
 * The storage administrator's view (BRIEF threat model): read every row of every table after a
 * closed session and during an open one. No participant may be identifiable anywhere, except the
 * facilitator in their own session-owner field.
 */
describe('anonymity: what a storage administrator can read', function () {
  this.timeout(60_000);
  const stack = useStack();
  let identifiers: string[] = [];
  let tidPartitions: { closed: string; open: string };

  before(async () => {
    const config = (await (await fetch(`${stack.playground().baseUrl}/_internal/v1/config`)).json()) as { config: { currentUser: Person; users: Person[] } };
    identifiers = [config.config.currentUser, ...config.config.users].flatMap((p) => [p.id, p.name, p.aadObjectId, p.email, p.userPrincipleName, `${p.givenName} ${p.surname}`]);
    assert.equal(new Set(identifiers.map((x) => x.toLowerCase())).size, 30, 'six people, five distinct identifiers each (e-mail = UPN here)');

    const pg = stack.playground();
    // One session all the way through: answers, proposals, a vote and the result.
    const closed = await startExercise(pg, { title: 'Lukket øvelse', distribution: 'all' });
    const answers = PEOPLE.map((_, i) => ({ formal: `Læring for alle børn ${i}`, performed: `Vi underviser og skaber trivsel ${i}`, experienced: `Et trygt sted ${i}` }));
    const done = await runToResult(pg, closed, {
      answers,
      proposals: ['Læring og trivsel for alle børn', 'Et trygt fællesskab'],
      result: { formulation: 'Læring og trivsel for alle børn.', action1: 'Tag den med til forældremødet', who1: 'teamet' },
    });
    assert.match(done.summary ?? '', /6 personer har svaret/);

    // Everyone answers all: six people are too few for one perspective each (3 × k). The rows of an
    // assigned session are read in test/dialogs/assigned-and-below-k.test.ts, in a channel of ten.
    const open = await startExercise(pg, { title: 'Åben øvelse', distribution: 'all' });
    for (const person of PEOPLE.slice(0, 4)) {
      assert.match(cardText(await pg.execute(person, open.thread, open.root, 'session.answer', { sessionId: open.sessionId, formal: 'Vi hjælper børnene med at lære' })), /dit svar er gemt/);
    }

    // "Tid til kerneopgaven": three owned items from each person, each its own row. One all the
    // way to its result, one left open with its items and participation as they were written.
    const three = (i: number) => ({
      proposal1: `Dobbelt registrering af fravær ${i}`,
      owner1: 'forvaltningen',
      proposal2: `Referat ingen læser ${i}`,
      owner2: 'os',
      proposal3: `Skema til indberetning ${i}`,
      owner3: 'loven',
    });
    const tid = await startExercise(pg, { exerciseId: 'tid', title: 'Lukket tid', k: '3' });
    const act = (s: typeof tid, who: string, verb: string, data: Record<string, unknown>) => pg.execute(who, s.thread, s.root, verb, { sessionId: s.sessionId, ...data });
    for (const [i, person] of PEOPLE.entries()) assert.match(cardText(await act(tid, person, 'session.answer', three(i))), /dit forslag er gemt/);
    let since = pg.events.length;
    await act(tid, 'user-mette', 'session.close', {});
    await pg.waitFor((e) => e.message.messageId === tid.root && /Afstemning/.test(cardText(firstCard(e))), { since });
    for (const person of PEOPLE) assert.match(cardText(await act(tid, person, 'session.answer', { votes: '0,1' })), /din stemme er gemt/);
    since = pg.events.length;
    await act(tid, 'user-mette', 'session.close', {});
    await pg.waitFor((e) => e.actionConversationId === tid.thread && e.action !== 'updateMessage' && /Afstemning:/.test(cardText(firstCard(e))), { since });
    assert.match(cardText(await act(tid, 'user-mette', 'session.close', {})), /Skriv det aftalte resultat/);
    assert.match(
      cardText(await act(tid, 'user-mette', 'session.result', { formulation: 'Vi beder forvaltningen om én registrering.', action1: 'Skriv til forvaltningen', who1: 'teamet' })),
      /Resultatet er gemt/,
    );
    const openTid = await startExercise(pg, { exerciseId: 'tid', title: 'Åben tid', k: '3' });
    for (const [i, person] of PEOPLE.slice(0, 4).entries()) assert.match(cardText(await act(openTid, person, 'session.answer', three(i))), /dit forslag er gemt/);
    tidPartitions = { closed: tid.sessionId, open: openTid.sessionId };
    await stack.bot().idle();
  });

  it('finds no participant id, AAD id, name or e-mail in any row but the facilitator field', async () => {
    const rows = await dumpAllTables(stack.azurite().connectionString);
    assert.ok(rows.length > 30, `expected a real dump, got ${rows.length} rows`);
    let ownerFields = 0;
    for (const row of rows) {
      const readable = readableRow(row);
      if (row.table === 'sessions' && row.rowKey === 'session') {
        assert.deepEqual(readable.facilitator, { id: 'user-mette', name: 'Mette Holm (skoleleder)' });
        delete readable.facilitator;
        ownerFields++;
      }
      const text = JSON.stringify(readable).toLowerCase();
      for (const id of identifiers) assert.ok(!text.includes(id.toLowerCase()), `row ${row.table}/${row.partitionKey}/${row.rowKey} contains "${id}"`);
    }
    assert.equal(ownerFields, 4);
  });

  it('keeps answers apart: no author, no own timestamp, and no participation left after close', async () => {
    const rows = (await dumpAllTables(stack.azurite().connectionString)).filter((r) => r.table === 'sessions');
    const kinds = (prefix: string) => rows.filter((r) => String(r.rowKey).startsWith(prefix));
    const answerLike = [...kinds('a|'), ...kinds('s|')];
    assert.equal(answerLike.length, 10, 'six sealed answers and four open ones');
    for (const row of answerLike)
      assert.deepEqual(
        Object.keys(row).filter((k) => !['partitionKey', 'rowKey', 'etag', 'timestamp', 'table', 'json'].includes(k)),
        [],
      );
    const closedPartition = kinds('s|')[0].partitionKey;
    assert.deepEqual(
      rows.filter((r) => r.partitionKey === closedPartition && /(^|:)(a|p)\|/.test(String(r.rowKey))).map((r) => r.rowKey),
      [],
      'open answers, proposals, votes and all participation are gone after close',
    );
    assert.ok(
      rows.some((r) => r.partitionKey === closedPartition && /^proposals:s\|[0-9a-f]{64}$/.test(String(r.rowKey))),
      'proposals are sealed like answers',
    );
    assert.ok(
      rows.some((r) => r.partitionKey === closedPartition && /^vote:s\|[0-9a-f]{64}$/.test(String(r.rowKey))),
      'votes are sealed like answers',
    );
    const closedSession = rows.find((r) => r.partitionKey === closedPartition && r.rowKey === 'session')!;
    assert.equal(closedSession.wrappedSecret, undefined, 'the per-session secret is destroyed at close');
    const secretRow = rows.find((r) => r.partitionKey === closedPartition && r.rowKey === 'secret');
    assert.deepEqual(
      Object.keys(secretRow ?? {}).filter((k) => !['partitionKey', 'rowKey', 'etag', 'timestamp', 'table'].includes(k)),
      [],
      'the secret row is emptied once the vault entry is destroyed',
    );
    const openSecret = rows.find((r) => r.partitionKey !== closedPartition && r.rowKey === 'secret' && r.vaultLeft === false);
    assert.match(String(openSecret?.vaultName), /^kd-[0-9a-f]{32}$/, "the open session's secret row names its vault entry");
    assert.equal(openSecret?.wrappedSecret, undefined, "the open session's secret itself is in the vault, not in the table");
    for (const p of kinds('p|')) assert.match(String(p.rowKey), /^p\|[0-9a-f]{64}$/);
  });

  it('keeps each "Tid" item apart: its own row with only its text and owner, sealed at close, participation counted once', async () => {
    const rows = (await dumpAllTables(stack.azurite().connectionString)).filter((r) => r.table === 'sessions');
    const of = (partition: string, prefix: string) => rows.filter((r) => r.partitionKey === partition && String(r.rowKey).startsWith(prefix));
    const onlyText = (row: Row) =>
      assert.deepEqual(
        Object.keys(row).filter((k) => !['partitionKey', 'rowKey', 'etag', 'timestamp', 'table', 'json'].includes(k)),
        [],
        `${row.rowKey} has columns of its own`,
      );

    // Open: each item its own random key, with its text and owner only; one participation row a person.
    const open = of(tidPartitions.open, 'proposals:a|');
    assert.equal(open.length, 12, 'four people, three items each');
    for (const row of open) {
      assert.match(String(row.rowKey), /^proposals:a\|[0-9a-f-]{36}$/);
      onlyText(row);
      assert.deepEqual(
        Object.keys(readableRow(row))
          .filter((k) => ['proposal', 'owner'].includes(k))
          .sort(),
        ['owner', 'proposal'],
      );
    }
    assert.equal(of(tidPartitions.open, 'proposals:p|').length, 4, 'participation counts people, not items');
    for (const p of of(tidPartitions.open, 'proposals:p|')) assert.match(String(p.rowKey), /^proposals:p\|[0-9a-f]{64}$/);
    assert.ok(rows.some((r) => r.partitionKey === tidPartitions.open && r.rowKey === 'secret' && /^kd-[0-9a-f]{32}$/.test(String(r.vaultName)) && r.wrappedSecret === undefined));

    // Closed: every item sealed under a key of its own, nothing open, no participation, no secret.
    const sealed = of(tidPartitions.closed, 'proposals:s|');
    assert.equal(sealed.length, 18, 'six people, three items each');
    for (const row of sealed) {
      assert.match(String(row.rowKey), /^proposals:s\|[0-9a-f]{64}$/);
      onlyText(row);
    }
    assert.deepEqual(
      rows.filter((r) => r.partitionKey === tidPartitions.closed && /(^|:)(a|p)\|/.test(String(r.rowKey))).map((r) => r.rowKey),
      [],
    );
    const closedSecret = rows.find((r) => r.partitionKey === tidPartitions.closed && r.rowKey === 'secret');
    assert.deepEqual([closedSecret?.wrappedSecret, closedSecret?.vaultName], [undefined, undefined]);
    assert.ok(rows.some((r) => r.partitionKey === tidPartitions.closed && r.rowKey === 'result'));
  });

  it('logs no participant identifier at all', () => {
    assert.ok(stack.logs.length > 10);
    const text = JSON.stringify(stack.logs).toLowerCase();
    for (const id of identifiers) assert.ok(!text.includes(id.toLowerCase()), `the logs contain "${id}"`);
  });
});

interface Person {
  id: string;
  name: string;
  aadObjectId: string;
  email: string;
  userPrincipleName: string;
  givenName: string;
  surname: string;
}

async function dumpAllTables(connectionString: string): Promise<Row[]> {
  const service = TableServiceClient.fromConnectionString(connectionString, { allowInsecureConnection: true });
  const rows: Row[] = [];
  for await (const table of service.listTables()) {
    for await (const entity of tableClientFor(connectionString, table.name!).listEntities<Record<string, unknown>>()) rows.push({ ...entity, table: table.name! });
  }
  return rows;
}

/** A row as a person would read it: JSON columns parsed, so escaped æøå count too. */
function readableRow(row: Row): Record<string, unknown> {
  const hasJson = Object.keys(row).some((k) => /^json\d*$/.test(k));
  const parsed = hasJson ? (JSON.parse(fromJsonProperties(row)) as Record<string, unknown>) : {};
  const rest = Object.fromEntries(Object.entries(row).filter(([k]) => !/^json\d*$/.test(k)));
  return { ...rest, ...(typeof parsed === 'object' && parsed !== null ? parsed : { value: parsed }) };
}

import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { TableEntityResult } from '@azure/data-tables';
import type { AdaptiveCard } from '../../cards/render';
import { answerSession, refreshProgress } from '../../dialogs/answer-session';
import { closeSession, requestClose, type Proposals } from '../../dialogs/close-session';
import type { DialogDeps } from '../../dialogs/deps';
import type { Session } from '../../domain/session';
import { keyedHash } from '../../domain/anonymity/participation';
import { ensureTable, tableClientFor } from '../../storage/table-client';
import { useAzurite } from '../support/azurite';
import { azuriteDeps, channelWhere as where, standInPort } from '../support/dialog-deps';
import { inputValue } from '../support/input-value';
import { openSessionRecord } from '../support/session-record';
import { cardText } from '../support/playground-client';
import { visibleTexts } from '../support/visible-texts';
import { noneKeepsItsWriteTime } from '../support/table-dump';

/** The facilitator, who proposes nothing here: her own proposals would not count toward k. */
const METTE = { id: 'user-9', name: 'Mette' };

/** An open "Tid til kerneopgaven" in its first phase, proposals, with k = 3. */
function tidSession(): Session {
  return { ...openSessionRecord(), exerciseId: 'tid', exerciseVersion: 2, phase: 'proposals', summaryWithheld: 'noAnswerPhase', facilitator: METTE };
}

/**
 * "Tid til kerneopgaven" takes up to three items per person, each with its owner:
 * each item its own row that nothing joins to the others once sealed (read straight from the
 * table), k counting people rather than items, and owners on the ballot, the top list and the
 * pre-filled result form. Real Azurite; only Teams is replaced, by a port that records posts.
 */
describe('"Tid til kerneopgaven": three owned items per person, against Azurite', function () {
  this.timeout(30_000);
  const azurite = useAzurite();
  let deps: DialogDeps;
  let table: ReturnType<typeof tableClientFor>;
  let posted: AdaptiveCard[];

  beforeEach(async () => {
    table = tableClientFor(azurite.connectionString(), `items${randomBytes(4).toString('hex')}`);
    await ensureTable(table);
    posted = [];
    deps = await azuriteDeps(azurite.connectionString(), table, { port: standInPort(posted) });
  });

  const send = (session: Session, i: number, data: Record<string, unknown>) =>
    answerSession(deps, 'da', { id: `user-${i}`, name: `U${i}` }, { ...where, activityId: `act-${i}-${randomBytes(3).toString('hex')}` }, { sessionId: session.id, ...data });
  const rows = async (sessionId: string, prefix: string) => {
    const out: TableEntityResult<Record<string, unknown>>[] = [];
    for await (const row of table.listEntities<Record<string, unknown>>({ queryOptions: { filter: `PartitionKey eq '${sessionId}'` } })) if (String(row.rowKey).startsWith(prefix)) out.push(row);
    return out;
  };
  const three = (tag: string) => ({
    proposal1: `Ugentlig registrering af ${tag}`,
    owner1: 'forvaltningen',
    proposal2: `Dobbelt referat af ${tag}`,
    owner2: 'os',
    proposal3: `Indberetning af ${tag} til staten`,
    owner3: 'loven',
  });

  it('stores three items from one person as three rows, counts the person once, and after sealing nothing joins them', async () => {
    const session = tidSession();
    await deps.sessions.create(session);
    for (const [i, tag] of ['fravær', 'møder', 'kørsel'].entries()) assert.equal((await send(session, i, three(tag))).outcome, 'saved');

    const open = await rows(session.id, 'proposals:a|');
    assert.equal(open.length, 9, 'each item is its own row');
    assert.equal(await deps.answers.count(session.id, 'proposals'), 3, 'the gates count people, not items');
    // The shared card counts people too, and says so: nine items from three people is not "at least 9 proposals".
    await refreshProgress(deps, session.id);
    assert.match(cardText(posted.at(-1)!), /Mindst 3 har foreslået noget indtil videre\./);

    await closeSession(deps, session.id, 'facilitator');
    assert.deepEqual(await rows(session.id, 'proposals:a|'), [], 'no open item row is left');
    assert.deepEqual(await rows(session.id, 'proposals:p|'), [], 'no participation row is left');
    const sealed = await rows(session.id, 'proposals:s|');
    assert.equal(sealed.length, 9);
    for (const row of sealed) {
      // Only the keys, the item and the service's own stamp: no column that could group one person's items.
      assert.deepEqual(
        Object.keys(row).filter((k) => !['partitionKey', 'rowKey', 'etag', 'timestamp'].includes(k)),
        ['json'],
        JSON.stringify(row),
      );
      assert.deepEqual(Object.keys(JSON.parse(String(row.json))).sort(), ['owner', 'proposal']);
      assert.doesNotMatch(String(row.rowKey), new RegExp(open.map((r) => String(r.rowKey).slice('proposals:a|'.length)).join('|')), 'a sealed key is not an open key');
    }
    // Time: every item now carries the time of the one sealing transaction, no earlier than any item
    // was written, so the shared write time of one person's items is gone.
    assert.ok(noneKeepsItsWriteTime(open, sealed), 'no item keeps the time it was written');
    // Keys: each sealed key is derived from one item's random open key alone, and those are deleted.
    const secret = (await deps.sessions.secret(session.id))!;
    assert.deepEqual(new Set(sealed.map((r) => String(r.rowKey))), new Set(open.map((r) => `proposals:s|${keyedHash(secret, 'seal', String(r.rowKey))}`)));

    const ballot = await deps.sessions.doc<Proposals>(session.id, 'proposals');
    assert.equal(ballot?.shown, true);
    assert.equal(ballot?.texts.length, 9);
    assert.equal(ballot?.owners?.[ballot.texts.indexOf('Ugentlig registrering af møder')], 'forvaltningen');
  });

  it('shows no ballot when fewer than k people proposed, however many items they wrote', async () => {
    const session = tidSession();
    await deps.sessions.create(session);
    for (const [i, tag] of ['fravær', 'møder'].entries()) assert.equal((await send(session, i, three(tag))).outcome, 'saved');
    await closeSession(deps, session.id, 'facilitator');
    assert.deepEqual(await deps.sessions.doc<Proposals>(session.id, 'proposals'), { shown: false, texts: [] }, 'six items from two people are below k = 3');
    assert.match(cardText(posted[0]), /For få forslag/);
    assert.match(cardText(posted[0]), /Færre end 3 ud over facilitatorerne kom med forslag, så forslagene vises ikke, og der stemmes ikke\. Facilitatoren kan skrive det aftalte resultat direkte\./);
  });

  it('refuses a text without an owner and an owner without a text, keeps what was typed and stores nothing', async () => {
    const session = tidSession();
    await deps.sessions.create(session);
    const typed = { proposal1: 'Skemaer ingen læser', owner1: '', proposal2: '', owner2: 'loven' };
    const refused = await send(session, 1, typed);
    assert.equal(refused.outcome, 'invalidAnswer');
    const texts = visibleTexts(refused.card)
      .map((v) => v.text)
      .join('\n');
    assert.match(texts, /Vælg ved punkt 1, hvem der bestemmer det: os, forvaltningen eller loven/);
    assert.match(texts, /Ved punkt 2 har du valgt, hvem der bestemmer, men ikke skrevet noget/);
    assert.match(texts, /Hvem bestemmer over det\?/);
    assert.match(texts, /Loven – det er et lovkrav/);
    assert.equal(inputValue(refused.card, 'proposal1'), 'Skemaer ingen læser', 'the text is still in its field');
    assert.equal(inputValue(refused.card, 'owner2'), 'loven', 'the owner is still chosen');
    assert.equal((await send(session, 2, { proposal1: '', owner1: '' })).outcome, 'invalidAnswer', 'an empty card is refused too');
    assert.equal(await deps.answers.count(session.id, 'proposals'), 0);
    assert.deepEqual(await rows(session.id, 'proposals:a|'), []);
    assert.equal((await send(session, 1, { proposal1: 'Skemaer ingen læser', owner1: 'os' })).outcome, 'saved', 'one filled item is enough');
  });

  it('shows the owner with each item on the ballot and the top list, and fills the result form with the winner', async () => {
    const session = tidSession();
    await deps.sessions.create(session);
    for (let i = 0; i < 4; i++)
      assert.equal((await send(session, i, { proposal1: 'Ugentlig registrering af fravær', owner1: 'forvaltningen', proposal2: `Eget punkt ${i}`, owner2: 'os' })).outcome, 'saved');
    await closeSession(deps, session.id, 'facilitator');
    const ballotCard = posted.at(-1)!;
    const choices: string[] = JSON.stringify(ballotCard).match(/"title":"\d+\. [^"]*"/g) ?? [];
    assert.ok(
      choices.some((c) => c.endsWith('Ugentlig registrering af fravær (forvaltningen)"')),
      choices.join('\n'),
    );
    assert.ok(
      choices.some((c) => /Eget punkt 2 \(vi selv\)"$/.test(c)),
      choices.join('\n'),
    );

    const ballot = (await deps.sessions.doc<Proposals>(session.id, 'proposals'))!;
    const top = ballot.texts.indexOf('Ugentlig registrering af fravær');
    for (let i = 0; i < 4; i++) assert.equal((await send(session, i, { votes: String(top) })).outcome, 'saved');
    posted.length = 0;
    await closeSession(deps, session.id, 'facilitator');
    const tally = posted.map(cardText).find((text) => /Afstemning:/.test(text)) ?? '';
    assert.match(tally, /Nr\. 1: Ugentlig registrering af fravær \(forvaltningen\) – 4 stemmer/);

    const form = await requestClose(deps, 'da', METTE, where, { sessionId: session.id });
    assert.equal(inputValue(form.card, 'formulation'), 'Ugentlig registrering af fravær (forvaltningen)');
  });

  it('leaves the result form empty when the vote was below k', async () => {
    const session = tidSession();
    await deps.sessions.create(session);
    for (let i = 0; i < 3; i++) assert.equal((await send(session, i, { proposal1: `Punkt ${i}`, owner1: 'os' })).outcome, 'saved');
    await closeSession(deps, session.id, 'facilitator');
    assert.equal((await send(session, 0, { votes: '0' })).outcome, 'saved');
    await closeSession(deps, session.id, 'facilitator');
    const form = await requestClose(deps, 'da', METTE, where, { sessionId: session.id });
    assert.match(cardText(form.card), /Skriv det aftalte resultat/);
    assert.equal(inputValue(form.card, 'formulation'), '');
  });
});

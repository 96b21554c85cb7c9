import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { TableClient } from '@azure/data-tables';
import type { AdaptiveCard } from '../../cards/render';
import { sessionCard } from '../../cards/session-card';
import { answerSession } from '../../dialogs/answer-session';
import { closeSession } from '../../dialogs/close-session';
import type { DialogDeps } from '../../dialogs/deps';
import { saveGroupContribution, showGroupForm } from '../../dialogs/group-contribution';
import { sweepSession } from '../../dialogs/sweep-session';
import { MAX_ANSWER_CHARS } from '../../domain/exercises/hvem-definerer';
import type { Session } from '../../domain/session';
import { ensureTable, tableClientFor } from '../../storage/table-client';
import { useAzurite } from '../support/azurite';
import { azuriteDeps, channelWhere as where, standInPort } from '../support/dialog-deps';
import { openSessionRecord } from '../support/session-record';
import { visibleTexts } from '../support/visible-texts';

const GROUPS = ['Lærere', 'Pædagoger', 'Administration'];
const HANNE = { id: 'user-hanne', name: 'Hanne Holm' };
const LARS = { id: 'user-lars', name: 'Lars Mikkelsen' };

/** "Hvilke faggrupper bidrager med hvad?" with k = 3, in group-answers mode unless told otherwise. */
function faggrupperSession(mode: 'joint' | 'anonymous' = 'joint'): Session {
  const base = openSessionRecord();
  return {
    ...base,
    exerciseId: 'faggrupper',
    settings: {
      ...base.settings,
      title: 'Faggrupperne',
      groups: GROUPS,
      facilitatorTexts: { proposal: 'At alle børn lærer og trives i et trygt fællesskab.' },
      ...(mode === 'joint' ? { groupAnswers: mode } : {}),
    },
    facilitator: { id: 'user-mette', name: 'Mette Holm' },
  };
}

const said = (card: unknown) => visibleTexts(card).map((v) => v.text);

/**
 * Group answers mode, in process against Azurite: one named contribution per professional group,
 * apart from the anonymous rating and comment (docs/anonymity.md, "Professional groups").
 */
describe('joint contributions of professional groups, against Azurite', function () {
  this.timeout(60_000);
  const azurite = useAzurite();
  let deps: DialogDeps;
  let table: TableClient;
  let posted: AdaptiveCard[];

  beforeEach(async () => {
    table = tableClientFor(azurite.connectionString(), `groups${randomBytes(4).toString('hex')}`);
    await ensureTable(table);
    posted = [];
    deps = await azuriteDeps(azurite.connectionString(), table, { port: standInPort(posted) });
  });

  let clicks = 0;
  const click = () => ({ ...where, activityId: `act-${++clicks}-${randomBytes(3).toString('hex')}` });
  const contribute = (session: Session, who: { id: string; name: string }, data: Record<string, unknown>, at = click()) =>
    saveGroupContribution(deps, 'da', who, at, { sessionId: session.id, ...data });
  const answer = (session: Session, i: number, data: Record<string, unknown>) => answerSession(deps, 'da', { id: `user-${i}`, name: `U${i}` }, click(), { sessionId: session.id, ...data });
  async function rows(session: Session): Promise<Record<string, unknown>[]> {
    const out: Record<string, unknown>[] = [];
    for await (const row of table.listEntities<Record<string, unknown>>({ queryOptions: { filter: `PartitionKey eq '${session.id}'` } })) out.push(row);
    return out;
  }
  const groupRows = async (session: Session) => (await rows(session)).filter((r) => String(r.rowKey).startsWith('group|'));

  it("asks only the anonymous part on the thread's card, and sets the named contribution apart, saying it is not anonymous", async () => {
    const session = faggrupperSession();
    const texts = said(sessionCard(session, 0));
    assert.ok(texts.includes('Faggruppernes fælles bidrag – ikke anonymt'), texts.join('\n'));
    assert.ok(texts.includes('Skriv faggruppens bidrag (ikke anonymt)'), texts.join('\n'));
    const inputs = JSON.stringify(sessionCard(session, 0)).match(/"id":"(rating|change|group|contribution|collaboration)"/g);
    assert.deepEqual(inputs, ['"id":"rating"', '"id":"change"'], 'the group question and the joint questions are not on the anonymous card');
    const anonymous = said(sessionCard(faggrupperSession('anonymous'), 0));
    assert.equal(
      anonymous.some((t) => t.includes('ikke anonymt')),
      false,
      'the anonymous mode has no named part',
    );
  });

  it('shows the form with "not anonymous" and the writer\'s name before any field, and where each group stands', async () => {
    const session = faggrupperSession();
    await deps.sessions.create(session);
    const form = await showGroupForm(deps, 'da', HANNE, click(), { sessionId: session.id });
    assert.equal(form.outcome, 'groupForm');
    const texts = said(form.card);
    const warning = texts.findIndex((t) => t.startsWith('Dette er ikke anonymt.') && t.includes('Hanne Holm'));
    assert.ok(warning >= 0 && warning < texts.indexOf('Faggruppen, du skriver for'), texts.join('\n'));
    for (const g of GROUPS) assert.ok(texts.includes(`Ingen bidrag fra ${g} endnu`), texts.join('\n'));
  });

  it('refuses an empty contribution, an over-long one and a group not on the list, each with a clear message, and stores nothing', async () => {
    const session = faggrupperSession();
    await deps.sessions.create(session);
    const empty = await contribute(session, HANNE, { group: 'Pædagoger', contribution: '   ', collaboration: '' });
    assert.equal(empty.outcome, 'invalidContribution');
    assert.ok(said(empty.card).includes('Skriv mindst ét af svarene, før du sender.'), said(empty.card).join('\n'));
    const long = await contribute(session, HANNE, { group: 'Pædagoger', contribution: 'a'.repeat(MAX_ANSWER_CHARS + 1) });
    assert.ok(
      said(long.card).some((t) => t.includes(`${MAX_ANSWER_CHARS + 1} tegn`)),
      said(long.card).join('\n'),
    );
    assert.ok(JSON.stringify(long.card).includes('a'.repeat(MAX_ANSWER_CHARS + 1)), 'the text comes back on the form');
    const stranger = await contribute(session, HANNE, { group: 'Rengøring', contribution: 'Vi gør rent.' });
    assert.ok(said(stranger.card).includes('Vælg den faggruppe, du skriver for.'), said(stranger.card).join('\n'));
    const english = await saveGroupContribution(deps, 'da', HANNE, click(), { sessionId: session.id, group: '' });
    assert.equal(english.outcome, 'invalidContribution');
    assert.deepEqual(await groupRows(session), []);
  });

  it('keeps every version: a second member is shown the first before replacing it, and a redelivered click saves once', async () => {
    const session = faggrupperSession();
    await deps.sessions.create(session);
    const at = click();
    const first = await contribute(session, HANNE, { group: 'Pædagoger', contribution: 'Vi skaber trivsel og fællesskab i frikvartererne.' }, at);
    assert.equal(first.outcome, 'groupSaved');
    assert.ok(said(first.card).includes('Skrevet af Hanne Holm på vegne af Pædagoger'), said(first.card).join('\n'));
    assert.equal((await contribute(session, HANNE, { group: 'Pædagoger', contribution: 'Vi skaber trivsel og fællesskab i frikvartererne.' }, at)).outcome, 'groupSaved');
    assert.equal((await groupRows(session)).length, 1, 'Teams redelivering the click saves nothing twice');

    const mine = { group: 'Pædagoger', contribution: 'Trivsel, leg og fællesskab hele dagen.', collaboration: 'Fælles planlægning med lærerne.' };
    const asked = await contribute(session, LARS, mine);
    assert.equal(asked.outcome, 'askReplace');
    const texts = said(asked.card);
    assert.ok(texts.includes('Pædagoger har allerede et bidrag, skrevet af Hanne Holm:') && texts.includes('Vi skaber trivsel og fællesskab i frikvartererne.'), texts.join('\n'));
    assert.ok(JSON.stringify(asked.card).includes('Trivsel, leg og fællesskab hele dagen.'), 'what Lars wrote stays in the fields');
    assert.equal((await groupRows(session)).length, 1, 'nothing replaced unread');

    const again = await contribute(session, LARS, { ...mine, seenGroup: 'Pædagoger', seenVersion: 1 });
    assert.equal(again.outcome, 'groupSaved');
    const stored = await groupRows(session);
    assert.deepEqual(
      stored.map((r) => [r.rowKey, r.writer]),
      [
        ['group|01|0001', 'Hanne Holm'],
        ['group|01|0002', 'Lars Mikkelsen'],
      ],
    );
    const form = await showGroupForm(deps, 'da', HANNE, click(), { sessionId: session.id });
    assert.ok(said(form.card).includes('Pædagoger: skrevet af Lars Mikkelsen'), said(form.card).join('\n'));
  });

  it("keeps the anonymous answers apart: no key, column or value of theirs names a group or a writer, and the summary shows each group's contribution in full, named", async () => {
    const session = faggrupperSession();
    await deps.sessions.create(session);
    await contribute(session, HANNE, { group: 'Pædagoger', contribution: 'Vi skaber trivsel og fællesskab i frikvartererne.' });
    await contribute(session, LARS, { group: 'Lærere', contribution: 'Vi underviser og skaber læring i klassen.', collaboration: 'Fælles planlægning med pædagogerne.' });
    // The facilitator may write for a group too, e.g. what it said at the meeting: named as hers.
    await contribute(session, { id: 'user-mette', name: 'Mette Holm' }, { group: 'Lærere', contribution: 'Vi underviser, og vi skaber læring i klassen.', seenGroup: 'Lærere', seenVersion: 1 });
    for (let i = 0; i < 3; i++)
      assert.equal((await answer(session, i, { rating: String(2 + i), change: 'Mere tid til fællesskab og trivsel.', group: 'Pædagoger', contribution: 'Smuglet ind' })).outcome, 'saved');

    const open = (await rows(session)).filter((r) => String(r.rowKey).startsWith('a|'));
    assert.equal(open.length, 3);
    for (const row of open) {
      const text = JSON.stringify(row);
      for (const leak of [...GROUPS, 'Hanne', 'Lars', 'Mette', 'Smuglet', 'group']) assert.equal(text.includes(leak), false, `${leak} in ${text}`);
    }

    await closeSession(deps, session.id, 'facilitator');
    const summary = posted.map((c) => said(c).join('\n')).join('\n---\n');
    assert.match(summary, /Fælles bidrag fra Pædagoger \(med navn\)\nSkrevet af Hanne Holm på vegne af Pædagoger\.\n/);
    assert.match(summary, /Fælles bidrag fra Lærere \(med navn\)\nSkrevet af Mette Holm på vegne af Lærere\. En tidligere udgave er skrevet af Lars Mikkelsen\.\n/);
    assert.ok(summary.includes('Vi underviser, og vi skaber læring i klassen.') && summary.includes('Fælles planlægning med pædagogerne.') === false, 'the newest version, whole');
    assert.ok(summary.includes('Fælles bidrag fra Administration (med navn)\nIngen bidrag fra Administration.'), summary);
    assert.ok(summary.includes('“Mere tid til fællesskab og trivsel.”') && summary.includes('3 personer har svaret.'), 'the anonymous part is summarised next to it');
    const kept = (await rows(session)).find((r) => r.rowKey === 'summary');
    assert.equal(JSON.stringify(kept).includes('Hanne'), false, 'the stored summary holds no contribution: the named rows alone do, until the sweep');
    for (const row of (await rows(session)).filter((r) => String(r.rowKey).startsWith('s|'))) assert.equal(JSON.stringify(row).includes('group'), false);

    const late = await contribute(session, HANNE, { group: 'Administration', contribution: 'For sent.' });
    assert.equal(late.outcome, 'closed');
    assert.ok(
      said(late.card).some((t) => t.startsWith('Øvelsen tager ikke længere imod faggruppernes bidrag.')),
      said(late.card).join('\n'),
    );

    // The later phases (proposals, vote, result) add nothing here: the session ends as closed.
    await deps.sessions.change(session.id, (s) => ({ ...s, state: 'closed', closedAt: new Date().toISOString() }));
    await sweepSession(deps, session.id);
    const left = (await rows(session)).map((r) => String(r.rowKey));
    assert.deepEqual(
      left.filter((k) => k.startsWith('group|')),
      [],
      'the retention sweep deletes the named rows with the raw answers',
    );
    assert.ok(left.includes('session') && left.includes('summary'), left.join(' '));
  });

  it('shows the named contributions even when fewer than k answered anonymously', async () => {
    const session = faggrupperSession();
    await deps.sessions.create(session);
    await contribute(session, HANNE, { group: 'Pædagoger', contribution: 'Vi skaber trivsel og fællesskab i frikvartererne.' });
    await answer(session, 0, { rating: '4' });
    await closeSession(deps, session.id, 'facilitator');
    const summary = posted.map((c) => said(c).join('\n')).join('\n---\n');
    assert.ok(summary.includes('Skrevet af Hanne Holm på vegne af Pædagoger.') && summary.includes('Vi skaber trivsel og fællesskab i frikvartererne.'), summary);
  });

  it('refuses a contribution in the anonymous mode, and says so', async () => {
    const session = faggrupperSession('anonymous');
    await deps.sessions.create(session);
    const refused = await contribute(session, HANNE, { group: 'Pædagoger', contribution: 'Trivsel.' });
    assert.equal(refused.outcome, 'notJoint');
    assert.ok(said(refused.card).includes('Denne øvelse tager ikke imod fælles bidrag fra faggrupperne. Svar på kortet i tråden.'));
    assert.deepEqual(await groupRows(session), []);
  });
});

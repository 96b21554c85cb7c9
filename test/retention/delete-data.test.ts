import assert from 'node:assert/strict';
import { checkSchedule } from '../../domain/checkins/check-schedule';
import { newSchedule } from '../../domain/checkins/manage';
import type { Person } from '../support/activities';
import { answerActivity, executeActivity, FACILITATOR, invoke, person, startSession, TEAM, TENANT, type StartedSession } from '../support/activities';
import { ConnectorStandIn, useConnectorStandIn } from '../support/connector-standin';
import { fullSession } from '../support/full-session';
import { useStack } from '../support/kernedialog-stack';
import { mentionReply } from '../support/mention-reply';
import { cardText } from '../support/playground-client';
import { dumpAllTables, partitionKeys, rowText } from '../support/table-dump';

const OURS = 'channel-kerneopgave';
const OTHER = 'channel-andet';
const JONAS = person('user-jonas', 'Jonas Kristensen');
const BIRGITTE = person('user-birgitte', 'Birgitte Nørgaard');

/**
 * Issue 6: "@Kernedialog slet data" deletes all of a channel's data, for its facilitators only,
 * after a confirmation only they see. Checked by reading every table afterwards.
 */
describe('retention: "slet data" deletes everything of one channel', function () {
  this.timeout(60_000);
  const stack = useStack({ playground: false, env: { RETENTION_CHECK_MS: '3600000' } });
  const standIn = useConnectorStandIn();
  let closed: StartedSession;
  let open: StartedSession;
  let elsewhere: StartedSession;
  let prompt = '';
  const click = (verb: string, from: Person = FACILITATOR, conversationId = prompt || `${OURS};messageid=1`) =>
    invoke(stack.bot().url, executeActivity(verb, { verb }, { serviceUrl: standIn().serviceUrl, from, conversationId, channel: OURS }));
  const ourRows = async () => (await dumpAllTables(stack.azurite().connectionString)).filter((r) => rowText(r).includes(OURS) || [closed.sessionId, open.sessionId].includes(String(r.partitionKey)));

  before(async function () {
    this.timeout(60_000);
    const { url, idle, deps } = stack.bot();
    const s = standIn();
    closed = await fullSession(url, s, idle, { title: 'Lukket her', channel: OURS });
    open = await startSession(url, s, { title: 'Åben her', k: '3', channel: OURS });
    for (const who of ['user-jonas', 'user-aisha']) await invoke(url, answerActivity(s.serviceUrl, open, person(who), { formal: 'Læring for alle' }, { channel: OURS }));
    elsewhere = await fullSession(url, s, idle, { title: 'Lukket andetsteds', channel: OTHER });
    const checked = checkSchedule(
      { templateId: 'social-kapital', cadence: 'weekly', weekday: 'MO', time: '09:00', roundAmount: '2', roundUnit: 'days', reminders: '', language: 'da', k: '3' },
      new Date(),
    );
    assert.ok(checked.ok);
    const place = (channel: string) => ({ serviceUrl: s.serviceUrl, tenantId: TENANT, teamId: TEAM, teamsChannelId: channel });
    await deps.schedules.create({
      schedule: newSchedule('s-her', checked.value, { id: FACILITATOR.id, name: FACILITATOR.name }, new Date()),
      place: place(OURS),
      carried: ['Fast punkt'],
      history: [],
    });
    await deps.schedules.create({ schedule: newSchedule('s-andetsteds', checked.value, { id: BIRGITTE.id, name: BIRGITTE.name }, new Date()), place: place(OTHER), carried: [], history: [] });
    await idle();
  });

  it('refuses a colleague who only answered, and a facilitator of another channel, also on a forged click', async () => {
    const before = await ourRows();
    assert.ok(before.length > 40, `the channel has data: ${before.length} rows`);
    for (const who of [JONAS, BIRGITTE]) {
      assert.match((await mentionReply(stack.bot().url, standIn(), 'slet data', { from: who, channel: OURS })).text, /Kun kanalens facilitatorer kan slette dens data/);
      for (const verb of ['data.delete', 'data.deleteConfirm']) assert.match((await click(verb, who)).text, /Kun kanalens facilitatorer/, verb);
    }
    assert.equal((await ourRows()).length, before.length);
  });

  it('asks first: the channel only sees a button, and what goes is shown privately with a way back', async () => {
    const before = await ourRows();
    const reply = await mentionReply(stack.bot().url, standIn(), 'slet data', { from: FACILITATOR, channel: OURS });
    prompt = reply.conversationId;
    assert.match(reply.text, /Slette kanalens data\?/);
    assert.deepEqual(verbsOf(reply.card), ['data.delete']);

    const confirm = await click('data.delete');
    assert.match(confirm.text, /2 øvelser og tjek-runder og 1 faste tjek i denne kanal slettes helt/);
    assert.match(confirm.text, /Det, der allerede er skrevet i kanalens tråde, bliver i Teams/);
    assert.deepEqual(verbsOf(confirm.card), ['data.deleteConfirm', 'data.deleteCancel']);
    assert.match((await click('data.deleteCancel')).text, /Intet er slettet/);
    assert.equal((await ourRows()).length, before.length, 'nothing is deleted before the confirmation');
  });

  it('after the confirmation leaves no row of the channel in any table, and the other channel as it was', async () => {
    const { idle, deps } = stack.bot();
    const all = await dumpAllTables(stack.azurite().connectionString);
    const otherKeys = partitionKeys(all, elsewhere.sessionId);
    const since = standIn().calls.length;

    const done = await click('data.deleteConfirm');
    assert.match(done.text, /Kanalens data er slettet/);
    assert.match(done.text, /2 øvelser og tjek-runder og 1 faste tjek er slettet/);
    await idle();

    assert.deepEqual(
      (await ourRows()).map((r) => `${r.table}/${r.partitionKey}/${r.rowKey}`),
      [],
    );
    assert.equal(await deps.schedules.get('s-her'), undefined);
    assert.deepEqual(partitionKeys(await dumpAllTables(stack.azurite().connectionString), elsewhere.sessionId), otherKeys);
    assert.ok(await deps.schedules.get('s-andetsteds'), 'the other channel keeps its check-in');

    const calls = standIn().since(since);
    const rootUpdate = calls.find((c) => c.op === 'updateActivity' && c.conversationId === open.threadId);
    assert.match(cardText(ConnectorStandIn.cardsOf(rootUpdate!)[0]), /Øvelsen er stoppet/, "the open exercise's card says it stopped");
    const notice = calls.find((c) => c.op === 'replyToActivity' && c.conversationId === prompt);
    const noticeText = cardText(ConnectorStandIn.cardsOf(notice!)[0]);
    assert.match(noticeText, /En facilitator har slettet alt/);
    assert.doesNotMatch(noticeText, /Mette/);
  });

  it('takes no answer in a deleted exercise', async () => {
    const late = await invoke(stack.bot().url, answerActivity(standIn().serviceUrl, open, person('user-lars'), { formal: 'For sent' }, { channel: OURS }));
    assert.match(late.text, /hører ikke til en øvelse, vi kender|does not belong to an exercise we know/);
    assert.deepEqual(await ourRows(), []);
  });

  it('logs what was deleted by counts, never who', () => {
    assert.ok(stack.logs.some((l) => l.msg === 'channel data deleted' && l.sessions === 2 && l.schedules === 1));
    assert.doesNotMatch(JSON.stringify(stack.logs), /user-jonas|user-aisha|user-birgitte|user-mette|user-lars/);
  });
});

function verbsOf(card: unknown): string[] {
  return ((card as { actions?: { verb?: string }[] }).actions ?? []).map((a) => a.verb ?? '');
}

import assert from 'node:assert/strict';
import { useStack } from '../support/kernedialog-stack';
import { ConnectorStandIn, useConnectorStandIn } from '../support/connector-standin';
import { executeActivity, FACILITATOR, invoke, mentionActivity, postActivity } from '../support/activities';
import { cardText, CHANNEL, type Card } from '../support/playground-client';
import { nodes, type Json } from '../support/card-nodes';
import { dumpAllTables } from '../support/table-dump';

/** What the form sends for a plan every other Tuesday at 14:05, with "Avanceret" left closed. */
const FORM = {
  templateId: 'kerneopgave-tjek',
  cadence: 'biweekly',
  weekday: 'TU',
  nth: '1',
  rrule: '',
  time: '14:05',
  timeZone: 'Europe/Copenhagen',
  startDate: '',
  roundAmount: '2',
  roundUnit: 'days',
  reminders: '24',
  k: '3',
  language: 'da',
  groups: '',
};
const OTHER_CHANNEL = 'channel-personalemoede';

/**
 * "@Kernedialog planlæg" for a skoleleder (issue 11 point 7), through the bot's real HTTP endpoint
 * with real Azurite: the form in words, a confirmation that states what was saved (and what was
 * saved otherwise than typed), a question before a second plan of the same check-in in a channel,
 * and every bad input answered on the form with what was typed kept and storage unchanged.
 */
describe('planlæg: the schedule form, saved, asked about and refused through the endpoint', function () {
  this.timeout(60_000);
  const clock = new Date('2026-12-14T12:00:00Z'); // Monday 14 December 2026, 13:00 in Copenhagen
  const stack = useStack({ playground: false, now: () => clock, env: { SCHEDULE_CHECK_MS: '600000', DEADLINE_CHECK_MS: '600000', LOG_LEVEL: 'info' } });
  const standIn = useConnectorStandIn();
  let form: { conversationId: string; rootId: string };
  let firstId = '';

  const save = (data: Record<string, unknown>, verb = 'schedule.save', channel = CHANNEL) =>
    invoke(
      stack.bot().url,
      executeActivity(verb, data, { serviceUrl: standIn().serviceUrl, channel, ...(channel === CHANNEL ? { conversationId: form.conversationId, replyToId: form.rootId } : {}) }),
    );
  const schedules = async () => (await stack.bot().deps.schedules.all()).map((r) => r.schedule);
  /** Every row of every table, ETags included: what "changes nothing" is checked against. */
  const storage = async () => {
    await stack.bot().idle();
    return JSON.stringify(await dumpAllTables(stack.azurite().connectionString));
  };
  const inputValue = (card: Card, id: string) => nodes(card).find((n) => n.id === id)?.value;

  it('"planlæg" answers with the form: cadences in words, times in five-minute steps, the rule and zone closed under "Avanceret"', async () => {
    const since = standIn().calls.length;
    const conversationId = `${CHANNEL};messageid=1765700000000`;
    const res = await postActivity(stack.bot().url, mentionActivity('planlæg', { serviceUrl: standIn().serviceUrl, from: FACILITATOR, conversationId }));
    assert.equal(res.status, 200);
    await stack.bot().idle();
    const posted = standIn()
      .since(since)
      .filter((c) => c.op === 'replyToActivity' || c.op === 'sendToConversation');
    assert.equal(posted.length, 1);
    const card = ConnectorStandIn.cardsOf(posted[0])[0] as Card;
    const text = cardText(card);
    for (const words of ['Hver uge', 'Hver anden uge', 'Hver måned', 'Hvert kvartal (hver tredje måned)', 'Avanceret: egen regel og tidszone']) assert.ok(text.includes(words), words);
    const time = nodes(card).find((n) => n.id === 'time')!;
    assert.equal(time.type, 'Input.ChoiceSet');
    assert.ok((time.choices as Json[]).some((c) => c.value === '14:05'));
    assert.equal(nodes(card).find((n) => n.id === 'advanced')?.isVisible, false);
    form = { conversationId, rootId: posted[0].response?.id ?? '1765700000000' };
  });

  it('a time between two steps is saved on the nearest step, and the confirmation says so, with cadence, weekday, time and first round in words', async () => {
    const saved = await save({ ...FORM, time: '14:07' });
    assert.match(saved.text, /Det faste tjek er gemt/);
    assert.match(saved.text, /Gemt: hver anden uge, tirsdag kl\. 14:05 \(dansk tid\)\./);
    assert.match(saved.text, /Du valgte kl\. 14:07\. Runder planlægges i trin på 5 minutter, så tiden er gemt som kl\. 14:05\./);
    assert.match(saved.text, /Første runde: tirsdag den 15\. december kl\. 14:05/);
    const all = await schedules();
    assert.equal(all.length, 1);
    assert.equal(all[0].timeOfDay, '14:05');
    firstId = all[0].id;
  });

  it('a second Kerneopgave-tjek in the channel is asked about first and saves nothing until "Ja"; "Nej" keeps the one there is', async () => {
    const before = await storage();
    const asked = await save({ ...FORM, cadence: 'monthly', weekday: 'MO' });
    assert.match(asked.text, /Der er allerede et fast tjek i kanalen: Kerneopgave-tjek, hver anden uge, tirsdag kl\. 14:05 \(dansk tid\)\./);
    assert.match(asked.text, /Vil du planlægge et til\?/);
    assert.equal(await storage(), before, 'asking stores nothing');

    const no = await save({}, 'schedule.keepExisting');
    assert.match(no.text, /Intet er gemt/);
    assert.equal(await storage(), before, '"Nej" stores nothing');

    const yes = nodes(asked.card).find((n) => n.type === 'Action.Execute' && n.verb === 'schedule.saveConfirm')!;
    assert.equal(yes.title, 'Ja, planlæg et til');
    assert.equal((yes.fallback as Json).type, 'Action.Submit');
    const saved = await save(yes.data as Record<string, unknown>, 'schedule.saveConfirm');
    assert.match(saved.text, /Gemt: hver måned, første mandag kl\. 14:05 \(dansk tid\)\./);
    assert.match(saved.text, /Første runde: mandag den 4\. januar kl\. 14:05/);
    assert.equal((await schedules()).length, 2);
  });

  it('another check-in in the same channel, or the same one in another channel, is saved without asking', async () => {
    assert.match((await save({ ...FORM, templateId: 'social-kapital' })).text, /Det faste tjek er gemt/);
    assert.match((await save(FORM, 'schedule.save', OTHER_CHANNEL)).text, /Det faste tjek er gemt/);
    assert.equal((await schedules()).length, 4);
  });

  it('editing a schedule is not a duplicate: it is saved, and the confirmation says the next round', async () => {
    const first = (await stack.bot().deps.schedules.get(firstId))!.record.schedule;
    const edited = await save({ ...FORM, cadence: 'quarterly', nth: '-1', weekday: 'FR', time: '08:30', scheduleId: first.id, version: first.version });
    assert.match(edited.text, /Gemt: hver tredje måned, sidste fredag kl\. 08:30 \(dansk tid\)\./);
    assert.match(edited.text, /Næste runde: fredag den 25\. december kl\. 08:30/);
    assert.match(edited.text, /Derefter: fredag den 26\. marts kl\. 08:30 og fredag den 25\. juni kl\. 08:30\./);
    assert.deepEqual((await stack.bot().deps.schedules.get(firstId))!.record.schedule.cadence, { kind: 'quarterly', nth: -1, weekday: 'FR' });
    assert.equal((await schedules()).length, 4);
  });

  const BAD: [string, Record<string, string>, RegExp, string][] = [
    ['an unknown cadence', { cadence: 'daily' }, /Vælg, hvor ofte tjekket skal køre: hver uge, hver anden uge, hver måned, hvert kvartal eller efter en egen regel\./, 'cadence'],
    ['a weekday out of range', { weekday: 'XX' }, /Vælg en ugedag fra mandag til søndag\./, 'weekday'],
    ['the time 25:00', { time: '25:00' }, /Vælg et klokkeslæt mellem 00:00 og 23:55, fx 09:00\./, 'time'],
    ['an invalid rule', { cadence: 'rrule', rrule: 'FREQ=BOGUS' }, /FREQ i gentagelsesreglen har en værdi, der ikke kan bruges\./, 'rrule'],
    ['a rule more often than daily', { cadence: 'rrule', rrule: 'FREQ=HOURLY' }, /Tjekket må højst køre én gang om dagen\./, 'rrule'],
    ['a rule typed while another cadence is chosen', { rrule: 'FREQ=WEEKLY;BYDAY=MO' }, /Du har skrevet en egen regel under Avanceret, men valgt »Hver anden uge« under »Hvor ofte\?«/, 'rrule'],
    ['a time zone longer than the form allows', { timeZone: `Europe/${'x'.repeat(60)}` }, /Feltet »Tidszone« må højst fylde 64 tegn\./, 'timeZone'],
  ];
  for (const [what, typed, message, field] of BAD) {
    it(`refuses ${what} on the form, with what was typed kept, and changes nothing`, async () => {
      const before = await storage();
      const refused = await save({ ...FORM, templateId: 'moedevurdering', ...typed });
      assert.match(refused.text, message);
      assert.match(refused.text, /Planlæg et fast tjek/, 'the form comes back');
      assert.equal(inputValue(refused.card, field), typed[field], `${field} kept as typed`);
      if (field === 'rrule' || field === 'timeZone') assert.equal(nodes(refused.card).find((n) => n.id === 'advanced')?.isVisible, true, '"Avanceret" is open to show it');
      assert.equal(await storage(), before, 'storage unchanged, ETags included');
    });
  }

  it('"Ja, planlæg et til" pressed twice, or delivered twice, saves one schedule and confirms it each time', async () => {
    const before = (await schedules()).length;
    const asked = await save({ ...FORM, cadence: 'weekly', weekday: 'TH' });
    assert.match(asked.text, /Vil du planlægge et til\?/);
    const yes = nodes(asked.card).find((n) => n.type === 'Action.Execute' && n.verb === 'schedule.saveConfirm')!;
    const press = (id?: string) =>
      invoke(
        stack.bot().url,
        executeActivity('schedule.saveConfirm', yes.data as Record<string, unknown>, {
          serviceUrl: standIn().serviceUrl,
          conversationId: form.conversationId,
          replyToId: form.rootId,
          ...(id ? { id } : {}),
        }),
      );
    const first = await press('press-1');
    const second = await press();
    const redelivered = await press('press-1');
    for (const r of [first, second, redelivered]) assert.match(r.text, /Gemt: hver uge, torsdag kl\. 14:05 \(dansk tid\)\./);
    assert.equal((await schedules()).length, before + 1, 'one schedule for the one question');
  });
});

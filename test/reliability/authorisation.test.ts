import assert from 'node:assert/strict';
import { useStack } from '../support/kernedialog-stack';
import { ConnectorStandIn, useConnectorStandIn } from '../support/connector-standin';
import { BOT, executeActivity, FACILITATOR, invoke, mentionActivity, person, postActivity, startSession, type Person, type StartedSession } from '../support/activities';
import { cardText, CHANNEL, type Card } from '../support/playground-client';
import { until } from '../support/until';
import { openRoundSessions } from '../support/open-rounds';

const COLLEAGUE = person('user-jonas', 'Jonas Kristensen (lærer, TR)');
const OUTSIDER = person('user-lars', 'Lars Mikkelsen (lærer)');
const FORM = {
  templateId: 'kerneopgave-tjek',
  cadence: 'weekly',
  weekday: 'MO',
  nth: '1',
  rrule: '',
  time: '09:00',
  timeZone: 'Europe/Copenhagen',
  startDate: '2027-03-01',
  roundAmount: '1',
  roundUnit: 'days',
  reminders: '',
  k: '3',
  language: 'da',
  groups: '',
};

const REFUSED = {
  session: /Kun øvelsens facilitator og medfacilitatorer kan styre den\. Spørg Mette Holm \(skoleleder\)/,
  round: /Kun tjekkets facilitator og medfacilitatorer kan styre runden\. Spørg Mette Holm \(skoleleder\)/,
  coFacilitator: /Kun øvelsens facilitator \(Mette Holm \(skoleleder\)\) kan tilføje medfacilitatorer/,
  schedule: /Kun Mette Holm \(skoleleder\), der oprettede det faste tjek, og de medfacilitatorer, vedkommende har tilføjet, kan ændre det/,
};

/**
 * Who may steer (BRIEF, issue 6): only a session's facilitator and co-facilitators, and a
 * schedule's owner and co-facilitators. Every control verb and command is tried through the real
 * HTTP endpoint by a colleague who is neither: each is refused with a message that names who can,
 * and storage is byte for byte what it was (the ETag included). Then the same verb by the
 * facilitator or a co-facilitator does what it should. Forged ids, another channel or tenant and
 * closed sessions are refused for the control verbs too.
 */
describe('authorisation: every control verb, by someone who may not', function () {
  this.timeout(90_000);
  let clock = new Date('2027-03-01T06:00:00Z'); // Monday 07:00 in Copenhagen
  const stack = useStack({ playground: false, now: () => clock, env: { SCHEDULE_CHECK_MS: '200', DEADLINE_CHECK_MS: '60000', LOG_LEVEL: 'info' } });
  const standIn = useConnectorStandIn();

  const url = () => stack.bot().url;
  const click = (verb: string, data: Record<string, unknown>, from: Person, at?: { threadId: string; rootId: string }, o: { channel?: string; tenant?: string } = {}) => {
    const activity = executeActivity(verb, { ...data }, { serviceUrl: standIn().serviceUrl, from, channel: o.channel, ...(at ? { conversationId: at.threadId, replyToId: at.rootId } : {}) });
    if (o.tenant)
      Object.assign(activity, { conversation: { ...(activity.conversation as object), tenantId: o.tenant }, channelData: { ...(activity.channelData as object), tenant: { id: o.tenant } } });
    return invoke(url(), activity);
  };

  /** "@Kernedialog <text>" in a thread, mentioning `people`; resolves with the card the bot posted back. */
  async function command(text: string, from: Person, threadId: string, people: Person[] = []): Promise<string> {
    const since = standIn().calls.length;
    const activity = mentionActivity(`${text} ${people.map((p) => `<at>${p.name}</at>`).join(' ')}`, { serviceUrl: standIn().serviceUrl, from, conversationId: threadId });
    const entities = [
      { type: 'mention', mentioned: BOT, text: '<at>Kernedialog</at>' },
      ...people.map((p) => ({ type: 'mention', mentioned: { id: p.id, name: p.name }, text: `<at>${p.name}</at>` })),
    ];
    const res = await postActivity(url(), { ...activity, entities });
    assert.equal(res.status, 200);
    await stack.bot().idle();
    const posted = standIn()
      .since(since)
      .filter((c) => (c.op === 'replyToActivity' || c.op === 'sendToConversation') && c.conversationId === threadId);
    assert.equal(posted.length, 1, 'one answer in the thread');
    return cardText(ConnectorStandIn.cardsOf(posted[0])[0] as Card);
  }

  /** Everything a control verb could change: the session or schedule row (with its ETag), its answers, and Teams. */
  async function snapshot(ids: { session?: string; schedule?: string }): Promise<string> {
    const { deps } = stack.bot();
    await stack.bot().idle();
    return JSON.stringify({
      session: ids.session ? await deps.sessions.get(ids.session) : undefined,
      answers: ids.session ? await deps.answers.count(ids.session) : undefined,
      schedule: ids.schedule ? await deps.schedules.get(ids.schedule) : undefined,
    });
  }

  /** Runs `attempt`; storage must not change, and an invoke's refusal must reach the clicker only. */
  async function refused(ids: { session?: string; schedule?: string }, attempt: () => Promise<string>, message: RegExp, posts = 0): Promise<void> {
    const before = await snapshot(ids);
    const calls = standIn().calls.length;
    const text = await attempt();
    assert.match(text, message);
    assert.equal(await snapshot(ids), before, 'storage unchanged');
    assert.equal(standIn().since(calls).length, posts, posts ? 'only the refusal was posted' : 'nothing sent to Teams');
  }

  const stateOf = async (id: string) => (await stack.bot().deps.sessions.get(id))!.session;

  describe('a session', () => {
    let s: StartedSession;
    let at: { threadId: string; rootId: string };

    before(async () => {
      s = await startSession(url(), standIn(), { title: 'Styring' });
      at = s;
    });

    it('medfacilitator: only the facilitator may add co-facilitators', async () => {
      await refused({ session: s.sessionId }, () => command('medfacilitator', OUTSIDER, s.threadId, [OUTSIDER]), REFUSED.coFacilitator, 1);
      assert.match(await command('medfacilitator', FACILITATOR, s.threadId, [COLLEAGUE]), /Jonas Kristensen \(lærer, TR\) kan nu også gå videre/);
      assert.deepEqual(
        (await stateOf(s.sessionId)).coFacilitators?.map((c) => c.id),
        [COLLEAGUE.id],
      );
      // A co-facilitator helps steer, but does not hand the role on.
      await refused({ session: s.sessionId }, () => command('medfacilitator', COLLEAGUE, s.threadId, [OUTSIDER]), REFUSED.coFacilitator, 1);
    });

    it('session.close: refused for a colleague; a co-facilitator and the facilitator move the phases on', async () => {
      await refused({ session: s.sessionId }, async () => (await click('session.close', { sessionId: s.sessionId }, OUTSIDER, at)).text, REFUSED.session);
      assert.match((await click('session.close', { sessionId: s.sessionId }, COLLEAGUE, at)).text, /Fasen afsluttes/);
      await stack.bot().idle();
      assert.equal((await stateOf(s.sessionId)).phase, 'proposals');
      await refused({ session: s.sessionId }, async () => (await click('session.close', { sessionId: s.sessionId }, OUTSIDER, at)).text, REFUSED.session);
      await click('session.close', { sessionId: s.sessionId }, FACILITATOR, at);
      await stack.bot().idle();
      assert.equal((await stateOf(s.sessionId)).phase, 'result', 'too few proposals for a vote: straight to the result');
    });

    it('session.result: refused for a colleague; a co-facilitator writes it and the session closes', async () => {
      const result = { sessionId: s.sessionId, formulation: 'Vi hjælper børnene med at lære' };
      await refused({ session: s.sessionId }, async () => (await click('session.result', result, OUTSIDER, at)).text, REFUSED.session);
      assert.match((await click('session.result', result, COLLEAGUE, at)).text, /Resultatet er gemt/);
      await stack.bot().idle();
      assert.equal((await stateOf(s.sessionId)).state, 'closed');
    });

    it('result.followUp: refused for a colleague, planning nothing; a co-facilitator plans it', async () => {
      const planned = async () => (await stack.bot().deps.schedules.inChannel(CHANNEL)).length;
      const before = await planned();
      await refused({ session: s.sessionId }, async () => (await click('result.followUp', { sessionId: s.sessionId, weeks: 4 }, OUTSIDER, at)).text, REFUSED.session);
      assert.equal(await planned(), before, 'no schedule');
      assert.match((await click('result.followUp', { sessionId: s.sessionId, weeks: 4 }, COLLEAGUE, at)).text, /Opfølgningen er planlagt/);
      assert.equal(await planned(), before + 1);
    });

    it('on a closed session every control verb is refused, even for the facilitator', async () => {
      for (const verb of ['session.closeAsk', 'session.close', 'session.result', 'session.cancel', 'session.cancelConfirm']) {
        await refused({ session: s.sessionId }, async () => (await click(verb, { sessionId: s.sessionId, formulation: 'Igen' }, FACILITATOR, at)).text, /Øvelsen er allerede lukket/);
      }
    });
  });

  describe('cancelling', () => {
    let s: StartedSession;

    before(async () => {
      s = await startSession(url(), standIn(), { title: 'Aflysning' });
      assert.match(await command('medfacilitator', FACILITATOR, s.threadId, [COLLEAGUE]), /kan nu også/);
    });

    it('session.cancel and session.cancelConfirm: refused for a colleague, done by a co-facilitator', async () => {
      await refused({ session: s.sessionId }, async () => (await click('session.cancel', { sessionId: s.sessionId }, OUTSIDER, s)).text, REFUSED.session);
      // Straight to the confirmation, skipping the question: still refused.
      await refused({ session: s.sessionId }, async () => (await click('session.cancelConfirm', { sessionId: s.sessionId }, OUTSIDER, s)).text, REFUSED.session);
      assert.match((await click('session.cancel', { sessionId: s.sessionId }, COLLEAGUE, s)).text, /Aflys/i);
      assert.match((await click('session.cancelConfirm', { sessionId: s.sessionId }, COLLEAGUE, s)).text, /aflyst/i);
      const after = await stateOf(s.sessionId);
      assert.equal(after.state, 'closed');
      assert.ok(after.cancelledAt);
    });
  });

  describe('forged ids, another channel or tenant', () => {
    let s: StartedSession;

    before(async () => {
      s = await startSession(url(), standIn(), { title: 'Mål for forfalskning' });
    });

    it('refuses each control verb with a session id that does not exist, even from the facilitator', async () => {
      for (const verb of ['session.closeAsk', 'session.close', 'session.result', 'session.cancel', 'session.cancelConfirm']) {
        await refused({ session: s.sessionId }, async () => (await click(verb, { sessionId: 'ab'.repeat(12), formulation: 'x' }, FACILITATOR, s)).text, /Kortet hører ikke til en øvelse, vi kender/);
      }
    });

    it("refuses the facilitator's own card clicked from another channel or another tenant", async () => {
      for (const verb of ['session.closeAsk', 'session.close', 'session.result', 'session.cancel', 'session.cancelConfirm']) {
        const other = { threadId: 'channel-other;messageid=1', rootId: '1' };
        await refused(
          { session: s.sessionId },
          async () => (await click(verb, { sessionId: s.sessionId }, FACILITATOR, other, { channel: 'channel-other' })).text,
          /Kortet hører til en øvelse i en anden kanal/,
        );
        await refused(
          { session: s.sessionId },
          async () => (await click(verb, { sessionId: s.sessionId }, FACILITATOR, s, { tenant: 'another-tenant' })).text,
          /Kortet hører til en øvelse i en anden kanal/,
        );
      }
    });
  });

  describe('a recurring check-in', () => {
    let scheduleId = '';
    let round: { threadId: string; rootId: string; sessionId: string };
    const version = async () => (await stack.bot().deps.schedules.get(scheduleId))!.record.schedule.version;
    const scheduleVerbs = async () => {
      const v = await version();
      return [
        ['schedule.pause', { scheduleId, version: v }],
        ['schedule.resume', { scheduleId, version: v }],
        ['schedule.edit', { scheduleId }],
        ['schedule.save', { ...FORM, time: '10:00', scheduleId, version: v }],
        ['schedule.delete', { scheduleId, version: v }],
        ['schedule.deleteConfirm', { scheduleId, version: v }],
      ] as const;
    };

    before(async () => {
      const saved = await click('schedule.save', FORM, FACILITATOR);
      assert.match(saved.text, /Det faste tjek er gemt/);
      // The channel also holds the follow-up planned above: this is the one just saved.
      [scheduleId] = (await stack.bot().deps.schedules.inChannel(CHANNEL)).filter((r) => !r.schedule.id.startsWith('s-followup-')).map((r) => r.schedule.id);
      assert.ok(scheduleId);
    });

    it('schedule.pause, resume, edit, save, delete and deleteConfirm: each refused for a colleague', async () => {
      for (const [verb, data] of await scheduleVerbs()) {
        await refused({ schedule: scheduleId }, async () => (await click(verb, data, OUTSIDER)).text, REFUSED.schedule);
      }
    });

    it('each refused from another channel or tenant, even for the owner, and with a forged id', async () => {
      for (const [verb, data] of await scheduleVerbs()) {
        const other = { threadId: 'channel-other;messageid=1', rootId: '1' };
        await refused({ schedule: scheduleId }, async () => (await click(verb, data, FACILITATOR, other, { channel: 'channel-other' })).text, /Det faste tjek hører til en anden kanal/);
        await refused({ schedule: scheduleId }, async () => (await click(verb, data, FACILITATOR, undefined, { tenant: 'another-tenant' })).text, /Det faste tjek hører til en anden kanal/);
        await refused({ schedule: scheduleId }, async () => (await click(verb, { ...data, scheduleId: 's-0000000000000000' }, FACILITATOR)).text, /Det faste tjek findes ikke længere/);
      }
    });

    it("aftal in a round's thread: refused for a colleague", async () => {
      clock = new Date('2027-03-01T08:00:05Z');
      // Opened, and the schedule's mark moved past it: the scheduler is done writing.
      const opened = async () => (await stack.bot().deps.schedules.get(scheduleId))?.record.lastDue !== undefined;
      await until('the round opened', opened, 15_000);
      const rounds = await openRoundSessions(stack.bot().deps);
      assert.equal(rounds.length, 1, 'the round opened');
      await stack.bot().idle();
      const place = rounds[0].place;
      round = { threadId: place.threadId!, rootId: place.rootActivityId!, sessionId: rounds[0].id };
      await refused({ schedule: scheduleId }, () => command('aftal Færre møder; Mere tid med borgerne', OUTSIDER, round.threadId), REFUSED.schedule, 1);
      await refused({ session: round.sessionId }, async () => (await click('session.close', { sessionId: round.sessionId }, OUTSIDER, round)).text, REFUSED.round);
    });

    it("a co-facilitator named in the round's thread may then do each of them", async () => {
      await refused({ schedule: scheduleId }, () => command('medfacilitator', OUTSIDER, round.threadId, [OUTSIDER]), REFUSED.coFacilitator, 1);
      assert.match(await command('medfacilitator', FACILITATOR, round.threadId, [COLLEAGUE]), /kan nu også/);
      const { deps } = stack.bot();
      assert.match(await command('aftal Færre møder; Mere tid med borgerne', COLLEAGUE, round.threadId), /Aftalt til næste runde/);
      assert.deepEqual((await deps.schedules.get(scheduleId))!.record.carried, ['Færre møder', 'Mere tid med borgerne']);
      assert.match((await click('schedule.pause', { scheduleId, version: await version() }, COLLEAGUE)).text, /Sat på pause/);
      assert.equal((await deps.schedules.get(scheduleId))!.record.schedule.paused, true);
      assert.doesNotMatch((await click('schedule.resume', { scheduleId, version: await version() }, COLLEAGUE)).text, /Sat på pause/);
      assert.equal((await deps.schedules.get(scheduleId))!.record.schedule.paused, false);
      assert.match((await click('schedule.edit', { scheduleId }, COLLEAGUE)).text, /Gem/);
      assert.match((await click('schedule.save', { ...FORM, startDate: '2027-03-08', time: '10:00', scheduleId, version: await version() }, COLLEAGUE)).text, /Det faste tjek er gemt/);
      assert.equal((await deps.schedules.get(scheduleId))!.record.schedule.timeOfDay, '10:00');
      assert.match((await click('schedule.delete', { scheduleId, version: await version() }, COLLEAGUE)).text, /Slette det faste tjek/);
      assert.match((await click('schedule.deleteConfirm', { scheduleId, version: await version() }, COLLEAGUE)).text, /slettet/);
      assert.equal(await deps.schedules.get(scheduleId), undefined);
    });
  });

  // Mocha runs a suite's own tests before its nested ones; this one must come last.
  describe('afterwards', () => {
    it('logs no user id or name with any of it', () => {
      const text = JSON.stringify(stack.logs);
      for (const p of [FACILITATOR, COLLEAGUE, OUTSIDER]) {
        for (const id of [p.id, p.name, p.aadObjectId!]) assert.ok(!text.includes(id), `the logs contain "${id}"`);
      }
      const outcomes = stack.logs.filter((l) => l.msg === 'card action').map((l) => l.outcome);
      assert.ok(outcomes.includes('notFacilitator') && outcomes.includes('notOwner'), 'each refusal is logged as an outcome, without the person');
    });
  });
});

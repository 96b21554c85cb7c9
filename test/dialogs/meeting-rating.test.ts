import assert from 'node:assert/strict';
import type { LogLine } from '../../config/log';
import { createLogger } from '../../config/log';
import { isMeetingRound, meetingScheduleId } from '../../domain/checkins/meeting-rating';
import { sessionCard } from '../../cards/session-card';
import { meetingEnded, meetingRatingCommand } from '../../dialogs/meeting-rating';
import { installedOnly } from '../../dialogs/installed-only';
import { TeamRefusedError, type Where } from '../../dialogs/teams-port';
import { claimThread } from '../../domain/lifecycle/thread';
import { useAzurite } from '../support/azurite';
import { CHAT, converse, type Conversation } from '../support/converse';
import { cardText } from '../support/playground-client';

const METTE = { id: 'user-mette', name: 'Mette Holm' };
const LARS = { id: 'user-lars', name: 'Lars Mikkelsen' };
const TEAM = ['jonas', 'aisha', 'bo', 'karen', 'ole'].map((n) => ({ id: `user-${n}`, name: n }));
const HOUR = 3_600_000;
/** Where Teams' meeting end arrives: the meeting's chat, its own channel and team (bot/activity-context.ts). */
const inChat: Where = { conversationId: CHAT, activityId: 'ev', serviceUrl: 'http://x', tenantId: 't', teamsChannelId: CHAT, teamId: CHAT, kind: 'chat' };
/** Teams' EndTime, with its seven decimals, `minutesAgo` before now. */
const endTime = (minutesAgo: number) => new Date(Math.floor((Date.now() - minutesAgo * 60_000) / 1000) * 1000).toISOString().replace('.000Z', '.4388966Z');

/**
 * Issue 17, point 3: a facilitator switches the meeting rating on in a meeting's chat, and each
 * time a meeting there ends the four-item rating opens in the chat once, for the set hours.
 */
describe('the meeting rating after each meeting', function () {
  this.timeout(60_000);
  const azurite = useAzurite();

  it('warns, when switched on, that a chat of k people shows no figures: the one switching it on does not count', async () => {
    const small = await converse(azurite.connectionString(), 'mrsmall', { place: 'chat', members: 5 });
    (await small.as(METTE).say('mødevurdering til')).expectPrivate(/Chatten har 5 medlemmer, og dit eget svar tæller ikke med\. Med færre end 5 svar/);
    const enough = await converse(azurite.connectionString(), 'mrenough', { place: 'chat', members: 6 });
    const reply = await enough.as(METTE).say('mødevurdering til');
    assert.doesNotMatch(cardText(reply.reply.card), /tæller ikke med/);
  });

  it('"mødevurdering til 12" switches it on; the meeting end opens one round closing 12 hours after the meeting; a redelivery opens none', async () => {
    const talk = await converse(azurite.connectionString(), 'mron', { place: 'chat', members: 7 });
    const mette = talk.as(METTE);
    (await mette.say('mødevurdering')).expectPrivate(/Den er slået fra/);
    (await mette.say('mødevurdering til 12'))
      .expectPrivate(/Mødevurderingen er slået til/)
      .expectPrivate(/åben i 12 timer/)
      .expectPrivate(/mindst 5 har svaret/);
    (await talk.as(LARS).say('mødevurdering')).expectPrivate(/Den er slået til: .* åben i 12 timer/);
    const stored = (await talk.deps.schedules.get(meetingScheduleId(CHAT)))!.record;
    assert.deepEqual(
      [stored.schedule.cadence, stored.schedule.roundLength, stored.schedule.templateId, stored.place.kind],
      [{ kind: 'meetingEnd' }, { amount: 12, unit: 'hours' }, 'moedevurdering', 'chat'],
    );
    assert.equal(talk.thread.threadsStarted.length, 0, 'switching on posts nothing');

    const ended = endTime(2);
    assert.equal(await meetingEnded(talk.deps, inChat, ended), 'opened');
    assert.equal(talk.thread.threadsStarted.length, 1);
    talk.thread.expectRoot(/Vurdering af mødet/).expectRoot(/Vurdering efter mødet – lukker/);
    const round = (await talk.deps.sessions.get(await talk.sessionId()))!.session;
    assert.equal(round.exerciseId, 'moedevurdering');
    assert.equal(round.round?.scheduleId, meetingScheduleId(CHAT));
    assert.equal(round.round?.afterMeeting, true, 'the round says it was opened by a meeting');
    // A round stored before the flag: its row has none, and it still reads as a meeting's.
    const old = await talk.deps.sessions.change(round.id, (s) => ({ ...s, round: { scheduleId: s.round!.scheduleId, dueAt: s.round!.dueAt, late: s.round!.late, carried: s.round!.carried } }));
    const reread = (await talk.deps.sessions.get(round.id))!.session;
    assert.deepEqual([old?.changed, 'afterMeeting' in reread.round!, isMeetingRound(reread.round!)], [true, false, true]);
    assert.match(cardText(sessionCard(reread, 0)), /Vurdering efter mødet – lukker/);
    assert.equal(round.settings.deadline, new Date(Date.parse(ended.replace('.4388966Z', 'Z')) + 12 * HOUR).toISOString(), 'closes 12 hours after the meeting ended');
    assert.equal(round.settings.k, 5);

    // Teams delivers the same event again: the same round, nothing posted.
    assert.equal(await meetingEnded(talk.deps, inChat, ended), 'alreadyOpen');
    assert.equal(talk.thread.threadsStarted.length, 1);
    assert.equal((await talk.deps.sessions.inChannel(CHAT)).length, 1);
  });

  it("the rounds of the chat's meetings share one history: the second summary shows the trend and the flag", async () => {
    const talk = await converse(azurite.connectionString(), 'mrtrend', { place: 'chat', members: 7 });
    (await talk.as(METTE).say('meeting rating on')).expectPrivate(/åben i 24 timer/);
    const meeting = async (minutesAgo: number, overall: number) => {
      assert.equal(await meetingEnded(talk.deps, inChat, endTime(minutesAgo)), 'opened');
      const sessionId = await talk.sessionId();
      for (const p of TEAM) (await talk.as(p).click('session.answer', { sessionId, relationship: '9', goals: '9', approach: '9', overall: String(overall) })).expectPrivate(/gemt|[Tt]ak/);
      (await talk.as(METTE).click('session.close', { sessionId })).expectPrivate(/opsamling/);
      return talk.thread.posts.map((p) => cardText(p)).filter((t) => /Opsamling/.test(t));
    };
    await meeting(120, 10);
    const summaries = await meeting(5, 6);
    assert.equal(summaries.length, 2);
    assert.match(summaries[1], /Udviklingen over de sidste 2 runder/);
    assert.match(summaries[1], /Tag en snak om det/, 'an item below 9 raises the flag');
    assert.equal((await talk.deps.schedules.get(meetingScheduleId(CHAT)))!.record.history.length, 2);
    talk.thread.expectRoot(/Vurdering efter mødet – blev lukket/);
  });

  it('switched off, or never on, a meeting end opens nothing and logs nothing that names the meeting, the chat or anyone', async () => {
    const lines: LogLine[] = [];
    const talk = await converse(azurite.connectionString(), 'mroff', { place: 'chat' });
    const deps = { ...talk.deps, log: createLogger('test', 'debug', (l) => lines.push(l)) };
    assert.equal(await meetingEnded(deps, inChat, endTime(1)), 'ignored', 'never switched on');
    (await talk.as(METTE).say('mødevurdering til')).expectPrivate(/slået til/);
    (await talk.as(METTE).say('mødevurdering fra')).expectPrivate(/Mødevurderingen er slået fra/);
    assert.equal((await talk.deps.schedules.get(meetingScheduleId(CHAT)))!.record.schedule.paused, true);
    const before = lines.length;
    assert.equal(await meetingEnded(deps, inChat, endTime(1)), 'ignored', 'switched off');
    assert.equal(await meetingEnded(deps, { ...inChat, kind: undefined, teamId: 'team-x', teamsChannelId: 'channel-x' }, endTime(1)), 'ignored', 'a channel meeting');
    assert.equal(talk.thread.threadsStarted.length, 0);
    const logged = JSON.stringify(lines);
    for (const secret of [CHAT, 'meeting_', METTE.id, 'team-x', meetingScheduleId(CHAT)]) assert.ok(!logged.includes(secret), `the log names ${secret}: ${logged}`);
    assert.deepEqual(
      lines.slice(before).map((l) => [l.level, l.msg]),
      [
        ['debug', 'meeting end ignored: no meeting rating is switched on there'],
        ['debug', 'meeting end ignored: no meeting rating is switched on there'],
      ],
    );

    // On again: the same schedule, resumed.
    const off = (await talk.deps.schedules.get(meetingScheduleId(CHAT)))!.record.schedule;
    (await talk.as(METTE).say('mødevurdering til 48')).expectPrivate(/åben i 48 timer/);
    const on = (await talk.deps.schedules.get(meetingScheduleId(CHAT)))!.record.schedule;
    assert.deepEqual([on.paused, on.roundLength.amount, on.version], [false, 48, off.version + 1], 'resumed with a new version, as setPaused resumes');
    (await talk.as(METTE).say('mødevurdering til 12')).expectPrivate(/åben i 12 timer/);
    assert.equal((await talk.deps.schedules.get(meetingScheduleId(CHAT)))!.record.schedule.version, on.version + 1, 'other hours alone: a version of their own');
    assert.equal(await meetingEnded(talk.deps, inChat, endTime(1)), 'opened');
    // The app removed from the chat: ignored too, though still switched on.
    await talk.deps.teams.setInstalled(CHAT, false, 'da');
    assert.equal(await meetingEnded(deps, inChat, endTime(0)), 'ignored');
    assert.equal(talk.thread.threadsStarted.length, 1);
  });

  it('refuses non-facilitators, other places, bad hours and a meeting long past, in Danish and English', async () => {
    const talk = await converse(azurite.connectionString(), 'mrno', { place: 'chat', members: 4 });
    (await talk.as(METTE).say('mødevurdering til 6')).expectPrivate(/åben i 6 timer/).expectPrivate(/Chatten har 4 medlemmer, og dit eget svar tæller ikke med\. Med færre end 5 svar/);
    const lars = await talk.as(LARS).say('mødevurdering fra');
    assert.equal(lars.reply.outcome, 'notFacilitator');
    lars.expectPrivate(/Kun chattens facilitatorer kan slå mødevurderingen til eller fra/);
    assert.match(cardText((await meetingRatingCommand(talk.deps, 'en', LARS, inChat, 'off')).card), /Only the chat's facilitators can switch the meeting rating on or off/);
    assert.match(cardText((await meetingRatingCommand(talk.deps, 'en', METTE, inChat, 'on 0')).card), /whole number of hours from 1 to 168/);
    assert.equal((await talk.deps.schedules.get(meetingScheduleId(CHAT)))!.record.schedule.paused, false, 'nothing changed');
    (await talk.as(METTE).say('mødevurdering til 200')).expectPrivate(/helt antal timer fra 1 til 168/);
    (await talk.as(METTE).say('mødevurdering måske')).expectPrivate(/Skriv »mødevurdering til«/);
    // The meeting ended more than the 6 hours ago: its round would be closed already.
    assert.equal(await meetingEnded(talk.deps, inChat, endTime(7 * 60)), 'ignored');
    assert.equal(await meetingEnded(talk.deps, inChat, 'not a time'), 'ignored');
    assert.equal(talk.thread.threadsStarted.length, 0);

    const channel = await converse(azurite.connectionString(), 'mrchan');
    const refused = await channel.as(METTE).say('mødevurdering til');
    assert.equal(refused.reply.outcome, 'notInChat');
    refused.expectPrivate(/hører til et mødes chat/);
    assert.match(cardText((await meetingRatingCommand(channel.deps, 'en', METTE, { ...inChat, kind: undefined }, 'on')).card), /belongs in a meeting's chat/);
    assert.deepEqual(await channel.deps.schedules.all(), []);
  });

  it('a meeting rating has no form: the list shows it after each meeting, without "Ret", and its edit is refused', async () => {
    const talk: Conversation = await converse(azurite.connectionString(), 'mrlist', { place: 'chat' });
    await talk.as(METTE).say('mødevurdering til');
    const list = await talk.as(METTE).say('planer');
    list
      .expectPrivate(/Vurdering af mødet/)
      .expectPrivate(/Når et møde i chatten slutter/)
      .expectPrivate(/Næste runde: når det næste møde i chatten slutter/);
    assert.doesNotMatch(list.text, /\bRet\b/);
    const scheduleId = meetingScheduleId(CHAT);
    (await talk.as(METTE).click('schedule.edit', { scheduleId })).expectPrivate(/»mødevurdering til 48« ændrer/);
  });
});

/** Teams' 403 marks the chat as without the app in the account's team registry: a block, and an account, of its own. */
describe('the meeting rating when Teams refuses its card', function () {
  this.timeout(30_000);
  const azurite = useAzurite();

  it('a 403 on the rating card ends the round closed and unposted, destroys its secret and marks the chat uninstalled; the next meeting end opens nothing', async () => {
    const refuse = async (): Promise<never> => {
      throw new TeamRefusedError('Teams answered 403 (app removed or messages blocked).', { cause: Object.assign(new Error('MessageWritesBlocked'), { statusCode: 403 }) });
    };
    const talk = await converse(azurite.connectionString(), 'mrgone', { place: 'chat', members: 7, port: { startThread: refuse }, wrap: (port, deps) => installedOnly(port, deps.teams, deps.log) });
    (await talk.as(METTE).say('mødevurdering til 12')).expectPrivate(/Mødevurderingen er slået til/);

    assert.equal(await meetingEnded(talk.deps, inChat, endTime(2)), 'ignored');
    const [round] = await talk.deps.sessions.inChannel(CHAT);
    assert.deepEqual([round.state, round.summaryWithheld, round.place.threadId], ['closed', 'unreachable', undefined], 'ended unposted, not left open until it closes');
    assert.equal(await talk.deps.sessions.secret(round.id), undefined, 'the per-session secret is destroyed');
    assert.equal(await talk.deps.teams.isInstalled(CHAT), false, 'installed-only remembers the refusal for the chat');
    assert.equal((await talk.deps.sessions.change(round.id, claimThread(new Date(Date.now() + HOUR))))?.refused, 'closed', 'no later delivery posts it');

    assert.equal(await meetingEnded(talk.deps, inChat, endTime(1)), 'ignored', 'the chat is known to be without the app');
    assert.deepEqual([talk.thread.threadsStarted.length, (await talk.deps.sessions.inChannel(CHAT)).length], [0, 1]);
  });
});

import type { TableClient } from '@azure/data-tables';
import assert from 'node:assert/strict';
import { cardText } from '../support/playground-client';
import { useAzurite } from '../support/azurite';
import { CHAT, CHAT_CARD, converse, type Conversation } from '../support/converse';
import { claimThread } from '../../domain/lifecycle/thread';
import { installedOnly } from '../../dialogs/installed-only';
import { TeamRefusedError } from '../../dialogs/teams-port';
import { openRound } from '../../dialogs/open-round';
import { placeOf } from '../../dialogs/place-of';
import { sendReminder } from '../../dialogs/round-reminder';
import { checkSchedule } from '../../domain/checkins/check-schedule';
import { newSchedule } from '../../domain/checkins/manage';
import type { ScheduleRecord } from '../../storage/schedule-store';
import { countRequests } from '../support/count-requests';

const METTE = { id: 'user-mette', name: 'Mette Holm' };
const LARS = { id: 'user-lars', name: 'Lars Mikkelsen' };
const TEAM = [LARS, { id: 'user-jonas', name: 'Jonas Kristensen' }, { id: 'user-aisha', name: 'Aisha Rahimi' }];
const ANSWER = { formal: 'Loven siger, at eleverne skal lære og trives.', performed: 'Vi underviser og tager os af konflikter.', experienced: 'Forældrene oplever travlhed.' };
/** The first text of a card, where a post in a chat names its exercise. */
const firstLine = (card: unknown): string | undefined => (card as { body?: { text?: string }[] }).body?.[0]?.text;
const START = { exerciseId: 'hvem-definerer', title: 'Personalemødet', k: '3', language: 'da', distribution: 'all' };

/** A weekly kerneopgave-tjek of Mette's in the group chat, stored: the record a round opens from. */
async function chatSchedule(talk: Conversation, id: string, now: Date): Promise<ScheduleRecord> {
  const checked = checkSchedule({ templateId: 'kerneopgave-tjek', cadence: 'weekly', weekday: 'MO', time: '09:00', roundAmount: '1', roundUnit: 'days', reminders: '', language: 'da', k: '3' }, now);
  assert.ok(checked.ok);
  const where = { conversationId: CHAT, activityId: 'a', serviceUrl: 'http://x', tenantId: 't', teamsChannelId: CHAT, teamId: CHAT, kind: 'chat' as const };
  const record = { schedule: newSchedule(id, checked.value, METTE, now), place: placeOf(where), carried: [], history: [] };
  await talk.deps.schedules.create(record);
  return record;
}

/**
 * Exercises in a group or meeting chat (issue 17, point 1): the chat is its own channel and team,
 * it has no threads, so later posts are new messages that name the exercise and answer its card.
 */
describe('group and meeting chats: an exercise without a thread', function () {
  this.timeout(60_000);
  const azurite = useAzurite();

  it('runs from setup to summary in the chat: k against the chat members, the summary a new message naming the exercise and answering its card', async () => {
    const talk = await converse(azurite.connectionString(), 'chat', { place: 'chat', members: 4 });
    const mette = talk.as(METTE);

    // The setup form counts the chat's members and words itself for the chat.
    const setup = (await mette.click('catalogue.setup', { exerciseId: 'hvem-definerer' })).expectPrivate(/Chatten har 4 medlemmer/).expectPrivate(/Start øvelsen i chatten/);
    assert.doesNotMatch(setup.text, /tråd|kanal/i);
    // k is checked against the chat: 4 members are too few for one perspective each at k = 3.
    const refused = await mette.click('session.create', { ...START, distribution: 'assigned' });
    assert.equal(refused.reply.outcome, 'teamTooSmall');
    refused.expectPrivate(/mindst 10 medlemmer i chatten, og chatten har 4\. .*facilitatorens eget svar tæller ikke med/);
    assert.equal(talk.thread.threadsStarted.length, 0, 'nothing was posted for the refused setup');

    (await mette.click('session.create', START)).expectPrivate(/»?"?Personalemødet"? er lagt i chatten/);
    assert.equal(talk.thread.threadsStarted.length, 1);
    const sessionId = await talk.sessionId();
    const stored = (await talk.deps.sessions.get(sessionId))!.session;
    assert.deepEqual(
      { kind: stored.place.kind, channel: stored.place.teamsChannelId, team: stored.place.teamId, thread: stored.place.threadId, card: stored.place.rootActivityId },
      { kind: 'chat', channel: CHAT, team: CHAT, thread: CHAT, card: CHAT_CARD },
    );

    (await mette.say('medfacilitator', [LARS])).expectPrivate(/Lars Mikkelsen kan nu også/);
    for (const person of TEAM) (await talk.as(person).click('session.answer', { sessionId, ...ANSWER })).expectPrivate(/Opsamlingen kommer i chatten/);
    talk.thread.expectRoot(/[Mm]indst 3/);

    const status = (await talk.as(TEAM[1]).say('status')).expectPrivate(/Åbne øvelser i chatten/).expectPrivate(/Personalemødet/);
    assert.match(status.text, new RegExp(`\\[Åbn øvelsens kort\\]\\(https://teams\\.microsoft\\.com/l/message/${encodeURIComponent(CHAT)}/${CHAT_CARD}\\?.*contextType`));

    // "luk" in the chat finds the chat's open exercise; only its facilitators may use it.
    (await talk.as(TEAM[2]).say('luk')).expectPrivate(/Kun øvelsens facilitator og medfacilitatorer/);
    (await mette.say('luk')).expectPrivate(/opsamlingen lægges i chatten/);
    (await mette.click('session.close', { sessionId })).expectPrivate(/resultatet lægges i chatten/);

    talk.thread.expectCount(/Opsamling: Personalemødet/, 1);
    const index = talk.thread.posts.findIndex((p) => /Opsamling: Personalemødet/.test(cardText(p)));
    assert.equal(firstLine(talk.thread.posts[index]), 'Hører til øvelsen »Personalemødet«', 'the first line names the exercise');
    assert.equal(talk.thread.replyTo[index], CHAT_CARD, "the summary answers the exercise's card");
    talk.thread.expectRoot(/[Ff]orslag/);

    // "aflys" in the chat: asked first, then the card in the chat shows it.
    (await mette.say('aflys')).expectPrivate(/ikke lagt flere resultater i chatten/);
    (await mette.click('session.cancelConfirm', { sessionId })).expectPrivate(/Øvelsens kort i chatten viser nu, at øvelsen er aflyst/);
    assert.equal(await talk.deps.sessions.secret(sessionId), undefined, 'the secret went with the cancel');
    (await mette.say('luk')).expectPrivate(/allerede lukket\. Opsamlingen ligger i chatten/);
    (await mette.say('status')).expectPrivate(/ingen åbne øvelser i denne chat/);
    const help = (await mette.say('hjælp')).expectPrivate(/her i chatten\. Chatten har ingen tråde/).expectPrivate(/\*\*luk\*\* – her i chatten/);
    assert.doesNotMatch(help.text, /i kanalen|i en øvelses tråd|i tråden/);
    (await mette.say('aftal Noget')).expectPrivate(/ingen tjek-runde i denne chat, som du står for/);
  });

  it('in a channel, posts stay replies in the thread, with no line naming the exercise and no replyToId', async () => {
    const talk = await converse(azurite.connectionString(), 'chan');
    const mette = talk.as(METTE);
    (await mette.click('session.create', START)).expectPrivate(/ny tråd i kanalen/);
    const sessionId = await talk.sessionId();
    for (const person of TEAM) await talk.as(person).click('session.answer', { sessionId, ...ANSWER });
    await mette.click('session.close', { sessionId });
    talk.thread.expectCount(/Opsamling: Personalemødet/, 1);
    assert.doesNotMatch(talk.thread.posts.map((p) => cardText(p)).join('\n'), /Hører til øvelsen/);
    assert.deepEqual(
      talk.thread.replyTo,
      talk.thread.posts.map(() => undefined),
    );
  });

  it('a 403 on the exercise post ends the session closed and unposted, destroys its secret, marks the chat uninstalled and tells the facilitator', async () => {
    const refuse = async (): Promise<never> => {
      throw new TeamRefusedError('Teams answered 403 (app removed or messages blocked).', { cause: Object.assign(new Error('MessageWritesBlocked'), { statusCode: 403 }) });
    };
    const talk = await converse(azurite.connectionString(), 'gone', { place: 'chat', port: { startThread: refuse }, wrap: (port, deps) => installedOnly(port, deps.teams, deps.log) });
    const mette = talk.as(METTE);

    const told = await mette.click('session.create', START);
    assert.equal(told.reply.outcome, 'unreachable');
    told
      .expectPrivate(/Øvelsen blev ikke startet/)
      .expectPrivate(/Teams afviste Kernedialogs opslag af »Personalemødet« i chatten/)
      .expectPrivate(/intet bliver lagt ud senere/);

    const sessionId = await talk.sessionId();
    const { session } = (await talk.deps.sessions.get(sessionId))!;
    assert.equal(session.state, 'closed');
    assert.equal(session.summaryWithheld, 'unreachable');
    assert.equal(session.place.threadId, undefined, 'nothing was posted');
    assert.equal(await talk.deps.sessions.secret(sessionId), undefined, 'the per-session secret is destroyed');
    assert.equal(await talk.deps.teams.isInstalled(CHAT), false, 'installed-only remembers the refusal for the chat');
    // A later delivery (or a restart) may not take the post over: nothing is posted twice or late.
    assert.equal((await talk.deps.sessions.change(sessionId, claimThread(new Date(Date.now() + 3_600_000))))?.refused, 'closed');

    // Starting again in the chat, now known to be without the app: the same clear answer, nothing posted.
    (await mette.click('session.create', { ...START, title: 'Igen' })).expectPrivate(/Teams afviste Kernedialogs opslag af »Igen« i chatten/);
    assert.equal(talk.thread.threadsStarted.length, 0);
    assert.deepEqual(talk.thread.posts, []);
    (await mette.say('status')).expectPrivate(/ingen åbne øvelser i denne chat/);
  });

  it('"opbevaring" and "slet data" act on the chat: its own retention, and its data deleted after the private confirmation', async () => {
    const chat = await converse(azurite.connectionString(), 'del', { place: 'chat' });
    const mette = chat.as(METTE);
    (await mette.click('session.create', START)).expectPrivate(/er lagt i chatten/);
    const sessionId = await chat.sessionId();
    (await mette.say('opbevaring 30')).expectPrivate(/slettes nu 30 dage/);
    assert.equal((await chat.deps.teams.get(CHAT))?.retentionDays, 30, "the chat's own retention");
    (await mette.say('opbevaring')).expectPrivate(/Rå svar i denne chat slettes 30 dage/).expectPrivate(/Chattens facilitatorer kan ændre det/);
    (await chat.as(LARS).say('opbevaring 40')).expectPrivate(/Kun chattens facilitatorer kan ændre opbevaringen/);
    (await mette.say('sprog')).expectPrivate(/Chattens sprog er dansk\. Kortene i chatten følger det/);
    (await mette.say('planer')).expectPrivate(/Faste tjek i chatten/).expectPrivate(/ingen faste tjek i chatten endnu/);
    (await mette.say('planlæg')).expectPrivate(/hver runde som en ny besked i chatten/);
    const saved = await mette.click('schedule.save', {
      templateId: 'kerneopgave-tjek',
      cadence: 'weekly',
      weekday: 'MO',
      time: '09:00',
      roundAmount: '1',
      roundUnit: 'days',
      reminders: '',
      language: 'da',
      k: '3',
    });
    saved.expectPrivate(/Første runde: .*, som en ny besked i chatten/).expectPrivate(/chattens faste tjek/);
    assert.doesNotMatch(saved.text, /kanal|tråd/i);

    (await chat.as(LARS).say('slet data')).expectPrivate(/Kun chattens facilitatorer kan slette dens data/);
    (await mette.say('slet data')).expectPrivate(/Slette chattens data\?/);
    (await mette.click('data.delete')).expectPrivate(/1 øvelser og tjek-runder og 1 faste tjek i denne chat/);
    (await mette.click('data.deleteConfirm')).expectPrivate(/Chattens data er slettet/);
    assert.equal(await chat.deps.sessions.get(sessionId), undefined);
    chat.thread.expectRoot(/slettet chattens Kernedialog-data/);
  });

  it('a check-in round opens in the chat as a message, its reminder and summary are new messages naming it and answering its card', async () => {
    const talk = await converse(azurite.connectionString(), 'round', { place: 'chat' });
    const now = new Date();
    const record = await chatSchedule(talk, 's-chat', now);
    assert.deepEqual(await openRound(talk.deps, record, { dueAt: now, closesAt: new Date(now.getTime() + 86_400_000), late: false }), { threadExists: true, posted: true });
    assert.equal(talk.thread.threadsStarted.length, 1);
    // Another instance's tick that read the schedule before this post: it finds the thread with one read, and creates nothing.
    const seen = countRequests((talk.deps.sessions as unknown as { table: TableClient }).table);
    assert.deepEqual(await openRound(talk.deps, record, { dueAt: now, closesAt: new Date(now.getTime() + 86_400_000), late: false }), { threadExists: true, posted: false });
    assert.deepEqual(seen.methods, ['GET'], 'one read, no create refused and undone');
    assert.equal(talk.thread.threadsStarted.length, 1);
    const sessionId = await talk.sessionId();
    const round = (await talk.deps.sessions.get(sessionId))!.session;
    assert.deepEqual([round.place.kind, round.place.rootActivityId], ['chat', CHAT_CARD]);

    await sendReminder(talk.deps, round);
    assert.match(cardText(talk.thread.posts[0]), /^Hører til runden »Kerneopgave-tjek«\n/);
    assert.match(cardText(talk.thread.posts[0]), /på rundens kort i chatten/);
    assert.equal(talk.thread.replyTo[0], CHAT_CARD);

    for (const [i, person] of TEAM.entries())
      (await talk.as(person).click('session.answer', { sessionId, clarity: '4', solved: String(2 + i), obstacles: 'For mange møder', more: 'Tid med borgerne' })).expectPrivate(
        /rundens opsamling i chatten/,
      );
    (await talk.as(METTE).click('session.close', { sessionId })).expectPrivate(/rundens opsamling bliver lagt i chatten/);
    const index = talk.thread.posts.findIndex((p) => /Opsamling/.test(cardText(p)));
    assert.ok(index > 0, talk.thread.posts.map((p) => cardText(p).slice(0, 80)).join(' | '));
    assert.equal(firstLine(talk.thread.posts[index]), 'Hører til runden »Kerneopgave-tjek«');
    assert.equal(talk.thread.replyTo[index], CHAT_CARD);
  });

  it('with two open exercises by two facilitators, "luk", "aflys" and "medfacilitator" act only on what the writer steers, and ask when she steers both', async () => {
    const talk = await converse(azurite.connectionString(), 'two', { place: 'chat' });
    const [mette, lars, jonas] = [talk.as(METTE), talk.as(LARS), talk.as(TEAM[1])];
    await mette.click('session.create', { ...START, title: 'Mettes øvelse' });
    await lars.click('session.create', { ...START, title: 'Lars’ øvelse' });
    const idOf = async (title: string) => (await talk.deps.sessions.inChannel(CHAT)).find((s) => s.settings.title === title)!.id;
    const [ours, his] = [await idOf('Mettes øvelse'), await idOf('Lars’ øvelse')];
    const about = (answered: { reply: { card: unknown } }) => JSON.stringify(answered.reply.card);

    // Her own exercise, although his is newer; his for him; a colleague steering neither is refused as before.
    const asked = (await mette.say('luk')).expectPrivate(/Vil du afslutte svarrunden/);
    assert.match(about(asked), new RegExp(ours));
    assert.doesNotMatch(about(asked), new RegExp(his));
    assert.match(about((await lars.say('aflys')).expectPrivate(/aflyse/)), new RegExp(his));
    (await jonas.say('luk')).expectPrivate(/Spørg Lars Mikkelsen/);

    // Co-facilitator of hers and facilitator of his: Lars is asked which, and nothing happens yet.
    (await mette.say('medfacilitator', [LARS])).expectPrivate(/Lars Mikkelsen kan nu også/);
    const which = await lars.say('luk');
    assert.equal(which.reply.outcome, 'whichSession');
    which.expectPrivate(/Hvilken mener du\?/).expectPrivate(/Tryk på den, du vil afslutte/);
    // Each session's title as text (it wraps at phone width), with a short button under it.
    // Under the title, when it started: two exercises of the same name are told apart by that.
    type Row = { type: string; items?: [{ text: string }, { text: string }, { actions: [{ title: string; verb: string; data: { sessionId: string; back: string } }] }] };
    const containers = (which.reply.card.body as Row[]).filter((r) => r.type === 'Container');
    for (const r of containers) assert.match(r.items![1].text, /^startet \S+dag den \d+\. \S+ kl\. \d\d:\d\d$/);
    const rows = containers.map((r) => [r.items![0].text, r.items![2].actions[0]] as const);
    assert.deepEqual(
      rows.map(([title, b]) => [title, b.title, b.verb, b.data.sessionId, b.data.back]).sort(),
      [
        ['Lars’ øvelse', 'Afslut denne', 'session.closeAsk', his, 'note'],
        ['Mettes øvelse', 'Afslut denne', 'session.closeAsk', ours, 'note'],
      ].sort(),
    );
    assert.deepEqual(
      (await talk.deps.sessions.openInChannel(CHAT)).map((s) => s.phase ?? 'answer'),
      ['answer', 'answer'],
      'asking closed nothing',
    );
    // His button for hers asks about hers.
    assert.match(about((await lars.click('session.closeAsk', { sessionId: ours, back: 'note' })).expectPrivate(/Vil du afslutte svarrunden/)), new RegExp(ours));
    (await lars.say('aflys')).expectPrivate(/Tryk på den, du vil aflyse/);
    // Adding people takes the mentions from the message, which no button can carry: named, unchanged.
    const unsure = (await lars.say('medfacilitator', [TEAM[2]])).expectPrivate(/Skriv kommandoen igen, når kun én af dem er åben/).expectPrivate(/Mettes øvelse/);
    assert.equal(unsure.reply.outcome, 'whichSession');
    assert.ok(
      (await talk.deps.sessions.inChannel(CHAT)).every((s) => !(s.coFacilitators ?? []).some((c) => c.id === TEAM[2].id)),
      'nobody was added',
    );
  });

  it('"aftal" in a chat acts on the round, even when an exercise is newer, and asks when two rounds are open', async () => {
    const talk = await converse(azurite.connectionString(), 'agree', { place: 'chat' });
    const now = new Date();
    const record = await chatSchedule(talk, 's-agree', now);
    assert.equal((await openRound(talk.deps, record, { dueAt: now, closesAt: new Date(now.getTime() + 86_400_000), late: false })).threadExists, true);
    await talk.as(METTE).click('session.create', { ...START, title: 'Nyere øvelse' });

    (await talk.as(METTE).say('aftal Fast punkt på personalemødet; Færre interne møder')).expectPrivate(/Aftalt til næste runde/);
    assert.deepEqual((await talk.deps.schedules.get('s-agree'))?.record.carried, ['Fast punkt på personalemødet', 'Færre interne møder']);

    // A second schedule's round open too: which one is not guessed, and nothing more is agreed.
    const second = await chatSchedule(talk, 's-agree-2', now);
    assert.equal((await openRound(talk.deps, second, { dueAt: now, closesAt: new Date(now.getTime() + 86_400_000), late: false })).threadExists, true);
    const which = (await talk.as(METTE).say('aftal Noget andet')).expectPrivate(/Skriv kommandoen igen, når kun én af dem er åben/);
    assert.equal(which.reply.outcome, 'whichSession');
    assert.doesNotMatch(which.text, /Nyere øvelse/, 'only rounds are listed');
    assert.deepEqual((await talk.deps.schedules.get('s-agree-2'))?.record.carried, []);
    assert.deepEqual((await talk.deps.schedules.get('s-agree'))?.record.carried, ['Fast punkt på personalemødet', 'Færre interne møder']);
  });

  it('in English, the chat texts read "the chat"', async () => {
    const talk = await converse(azurite.connectionString(), 'en', { place: 'chat' });
    const mette = talk.as(METTE);
    (await mette.click('session.create', { ...START, language: 'en', title: 'Staff meeting' })).expectPrivate(/"Staff meeting" is posted in the chat/);
    const sessionId = await talk.sessionId();
    for (const person of TEAM) (await talk.as(person).click('session.answer', { sessionId, ...ANSWER })).expectPrivate(/The summary appears in the chat/);
    await mette.click('session.close', { sessionId });
    assert.equal(firstLine(talk.thread.posts[0]), 'Belongs to the exercise “Staff meeting”');
  });
});

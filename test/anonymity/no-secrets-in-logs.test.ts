import assert from 'node:assert/strict';
import { useProductionStack } from '../support/production-stack';
import { ConnectorStandIn } from '../support/connector-standin';
import { BOT, executeActivity, mentionActivity, type Person } from '../support/activities';
import { cardText, CHANNEL, type Card } from '../support/playground-client';
import { until } from '../support/until';

interface Colleague extends Person {
  aadObjectId: string;
  email: string;
  givenName: string;
  surname: string;
}

const colleague = (n: number, givenName: string, surname: string, role: string): Colleague => ({
  id: `29:1${n}Xq8wLkPz${n}RtYv-${givenName.toLowerCase()}`,
  name: `${givenName} ${surname} (${role})`,
  aadObjectId: `6f1c2d3e-4a5b-4c6d-8e7f-00000000000${n}`,
  email: `${givenName.toLowerCase()}.${surname.toLowerCase()}@skovbakke.dk`,
  givenName,
  surname,
});
const METTE = colleague(1, 'Mette', 'Holm', 'skoleleder');
const TEAM = [
  METTE,
  colleague(2, 'Jonas', 'Kristensen', 'lærer, TR'),
  colleague(3, 'Aisha', 'Rahimi', 'pædagog'),
  colleague(4, 'Lars', 'Mikkelsen', 'lærer'),
  colleague(5, 'Birgitte', 'Nørgaard', 'skolesekretær'),
  colleague(6, 'Søren', 'Østergaard', 'skolepsykolog'),
];
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
  reminders: '2',
  k: '3',
  language: 'da',
  groups: '',
};

/**
 * BRIEF rule 6 and issue 6 "Secrets": a whole production run (JWT on, LOG_LEVEL=debug), from a
 * session's start through answers, close, proposals, vote and result, and a scheduled check-in
 * round with its reminder, agreed actions and summary, plus refused tokens, a refused tenant and
 * a refused colleague. Then every log line, and everything botbuilder printed on the console, is
 * searched for each person's Teams id, AAD object id, name and e-mail, and for every secret the
 * bot holds: the app password, ANONYMITY_KEY, the tokens in and out, and the storage account key.
 * test/anonymity/no-identifiers.test.ts does the same for the Playground's people in local mode.
 */
describe('anonymity: no secrets or user ids in the logs of a production run', function () {
  this.timeout(120_000);
  let clock = new Date('2027-03-01T06:00:00Z'); // Monday 07:00 in Copenhagen
  const stack = useProductionStack({ now: () => clock, env: { LOG_LEVEL: 'debug', ALLOWED_TENANTS: 'T', SCHEDULE_CHECK_MS: '200', DEADLINE_CHECK_MS: '200' } });

  const serviceUrl = () => stack.connector().serviceUrl;
  /** A card click through the real endpoint with a valid channel token; resolves with the clicker's card text. */
  async function click(from: Person, verb: string, data: Record<string, unknown>, at?: { threadId: string; rootId: string }): Promise<string> {
    const res = await stack.post(executeActivity(verb, data, { serviceUrl: serviceUrl(), from, ...(at ? { conversationId: at.threadId, replyToId: at.rootId } : {}) }));
    assert.equal(res.status, 200, JSON.stringify(res.body));
    await stack.bot().idle();
    return cardText((res.body as { value: Card }).value);
  }
  async function say(from: Person, text: string, threadId: string): Promise<void> {
    const activity = { ...mentionActivity(text, { serviceUrl: serviceUrl(), from, conversationId: threadId }), entities: [{ type: 'mention', mentioned: BOT, text: '<at>Kernedialog</at>' }] };
    assert.equal((await stack.post(activity)).status, 200);
    await stack.bot().idle();
  }
  before(async () => {
    stack.connector().members = TEAM.map((p) => ({ id: p.id, name: p.name, aadObjectId: p.aadObjectId, email: p.email, userPrincipalName: p.email, givenName: p.givenName, surname: p.surname }));
    const { deps } = stack.bot();

    // A session, all the way through.
    const since = stack.connector().calls.length;
    assert.match(
      await click(
        METTE,
        'session.create',
        { exerciseId: 'hvem-definerer', title: 'Logtjek', k: '5', language: 'da', distribution: 'all' },
        { threadId: `${CHANNEL};messageid=1795367000001`, rootId: '1795367000001' },
      ),
      /Øvelsen er startet/,
    );
    const created = stack
      .connector()
      .since(since)
      .find((c) => c.op === 'createConversation')!;
    const at = { threadId: created.response.id as string, rootId: created.response.activityId as string };
    const sessionId = (await deps.sessions.openInChannel(CHANNEL))[0].id;
    for (const [i, p] of TEAM.entries()) {
      // Answers that name colleagues: if an answer ever reached the log, the scan would see it.
      const texts = {
        sessionId,
        formal: `Læring for alle børn, siger ${TEAM[(i + 1) % 6].givenName} ${TEAM[(i + 1) % 6].surname}`,
        performed: `Vi underviser ${i}`,
        experienced: `Skriv til ${TEAM[(i + 2) % 6].email}`,
      };
      assert.match(await click(p, 'session.answer', texts, at), /dit svar er gemt/);
    }
    await click(METTE, 'session.close', { sessionId }, at);
    await until('the proposals phase', async () => (await deps.sessions.get(sessionId))?.session.phase === 'proposals');
    for (const p of TEAM) assert.match(await click(p, 'session.answer', { sessionId, proposal: `Mere tid til ${p.givenName}s elever` }, at), /dit forslag er gemt/);
    await click(METTE, 'session.close', { sessionId }, at);
    await until('the vote', async () => (await deps.sessions.get(sessionId))?.session.phase === 'vote');
    for (const p of TEAM) assert.match(await click(p, 'session.answer', { sessionId, votes: '0' }, at), /din stemme er gemt/);
    await click(METTE, 'session.close', { sessionId }, at);
    await until('the result phase', async () => (await deps.sessions.get(sessionId))?.session.phase === 'result');
    assert.match(
      await click(METTE, 'session.result', { sessionId, formulation: 'Læring og trivsel for alle børn.', action1: 'Tag den med til forældremødet', who1: 'Jonas Kristensen' }, at),
      /Resultatet er gemt/,
    );

    // A scheduled round: opened, reminded, answered, actions agreed, closed with its summary.
    assert.match(await click(METTE, 'schedule.save', FORM), /Det faste tjek er gemt/);
    clock = new Date('2027-03-01T08:00:05Z');
    // The round's session exists a moment before its thread does: wait for the thread.
    await until('the round', async () => (await deps.sessions.openRounds()).some((r) => r.place.threadId));
    const round = (await deps.sessions.openRounds())[0];
    const roundAt = { threadId: round.place.threadId!, rootId: round.place.rootActivityId! };
    for (const p of TEAM.slice(1, 4))
      assert.match(
        await click(p, 'session.answer', { sessionId: round.id, clarity: '4', solved: '3', obstacles: `For mange møder med ${METTE.givenName}`, more: 'Tid med borgerne' }, roundAt),
        /dit svar er gemt/,
      );
    clock = new Date('2027-03-01T10:00:05Z');
    await until('the reminder', async () => stack.connector().calls.some((c) => c.conversationId === roundAt.threadId && /Påmindelse/.test(JSON.stringify(c.body))));
    await say(METTE, 'aftal Fast punkt på personalemødet; Færre interne møder', roundAt.threadId);
    clock = new Date('2027-03-02T08:00:05Z');
    await until('the round summary', async () => Boolean((await deps.sessions.get(round.id))?.session.summaryPostedAt));

    // And what is refused: tokens, a tenant, a colleague.
    const activity = executeActivity('session.close', { sessionId }, { serviceUrl: serviceUrl(), from: TEAM[3], ...at });
    assert.equal((await stack.post(activity, null)).status, 401);
    assert.equal((await stack.post(activity, stack.token({ expiresIn: -600 }))).status, 401);
    assert.equal((await stack.post(activity, stack.token({ foreignKey: true }))).status, 401);
    assert.equal((await stack.post(activity, stack.token({ audience: '99999999-8888-7777-6666-555555555555' }))).status, 401);
    const otherTenant = { ...activity, conversation: { ...(activity.conversation as object), tenantId: 'contoso' }, channelData: { ...(activity.channelData as object), tenant: { id: 'contoso' } } };
    assert.match(cardText(((await stack.post(otherTenant)).body as { value: Card }).value), /ikke sat op til jeres organisation/);
    assert.match(await click(TEAM[3], 'session.close', { sessionId: round.id }, roundAt), /Kun tjekkets facilitator/);
    await stack.bot().idle();
  });

  it('ran the whole flow (the summaries and the result were posted)', () => {
    const texts = stack
      .connector()
      .calls.flatMap((c) => ConnectorStandIn.cardsOf(c))
      .map((c) => cardText(c as Card));
    for (const posted of [/Opsamling/, /Afstemning:/, /Resultat:/, /Påmindelse/, /Aftalt til næste runde/, /3 har svaret i denne runde/]) {
      assert.ok(
        texts.some((t) => posted.test(t)),
        `posted: ${posted}`,
      );
    }
    assert.ok(
      stack.connector().calls.some((c) => c.op === 'pagedMembers'),
      'the roster, with e-mails, was read at close',
    );
    assert.ok(stack.logs.length > 30, `${stack.logs.length} log lines`);
    assert.ok(stack.console.length > 0, 'botbuilder printed its refusals on the console');
  });

  it('logs no Teams id, AAD object id, name or e-mail of anyone', () => {
    const text = everything();
    for (const p of TEAM) {
      for (const id of [p.id, p.aadObjectId, p.name, p.email, `${p.givenName} ${p.surname}`]) assert.ok(!text.includes(id.toLowerCase()), `the logs contain "${id}"`);
    }
  });

  it('logs no secret: app password, ANONYMITY_KEY, tokens, or the storage account key', () => {
    const text = everything();
    const accountKey = /AccountKey=([^;]+)/.exec(stack.connectionString())?.[1];
    assert.ok(accountKey, 'the connection string has an account key');
    const secrets = {
      'app password': stack.secrets.appPassword,
      'ANONYMITY_KEY (base64)': stack.secrets.anonymityKey,
      'ANONYMITY_KEY (hex)': Buffer.from(stack.secrets.anonymityKey, 'base64').toString('hex'),
      'the outbound token': stack.secrets.outboundToken,
      'the storage account key': accountKey,
      'the connection string': stack.connectionString(),
      ...Object.fromEntries(stack.tokens.map((t, i) => [`inbound token ${i}`, t])),
      ...Object.fromEntries(stack.tokens.map((t, i) => [`inbound token ${i}'s signature`, t.split('.')[2]])),
    };
    assert.ok(stack.tokens.length >= 30, `${stack.tokens.length} tokens were sent`);
    for (const [what, secret] of Object.entries(secrets)) assert.ok(!text.includes(secret.toLowerCase()), `the logs contain ${what}`);
    assert.doesNotMatch(text, /eyj[\w-]{10,}\.eyj[\w-]{10,}/, 'something shaped like a JWT');
  });

  /** Every log line and every console line, lower-cased, so a name's case does not hide it. */
  function everything(): string {
    return [...stack.logs.map((l) => JSON.stringify(l)), ...stack.console].join('\n').toLowerCase();
  }
});

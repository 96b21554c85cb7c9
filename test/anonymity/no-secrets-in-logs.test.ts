import assert from 'node:assert/strict';
import { useProductionStack } from '../support/production-stack';
import { ConnectorStandIn } from '../support/connector-standin';
import { executeActivity } from '../support/activities';
import { cardText, type Card } from '../support/playground-client';
import { click, runProductionExercise, TEAM } from '../support/production-exercise';

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
  before(async () => {
    const { sessionId, at, roundId, roundAt } = await runProductionExercise(stack, (to) => (clock = to));

    // And what is refused: tokens, a tenant, a colleague.
    const activity = executeActivity('session.close', { sessionId }, { serviceUrl: serviceUrl(), from: TEAM[3], ...at });
    assert.equal((await stack.post(activity, null)).status, 401);
    assert.equal((await stack.post(activity, stack.token({ expiresIn: -600 }))).status, 401);
    assert.equal((await stack.post(activity, stack.token({ foreignKey: true }))).status, 401);
    assert.equal((await stack.post(activity, stack.token({ audience: '99999999-8888-7777-6666-555555555555' }))).status, 401);
    const otherTenant = { ...activity, conversation: { ...(activity.conversation as object), tenantId: 'contoso' }, channelData: { ...(activity.channelData as object), tenant: { id: 'contoso' } } };
    assert.match(cardText(((await stack.post(otherTenant)).body as { value: Card }).value), /ikke sat op til jeres organisation/);
    assert.match(await click(stack, TEAM[3], 'session.close', { sessionId: roundId }, roundAt), /Kun tjekkets facilitator/);
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

  it("gives each request's lines a correlation id that names nobody, and keeps every logger's name", () => {
    const clicks = stack.logs.filter((l) => l.msg === 'card action');
    assert.ok(clicks.length > 20, `${clicks.length} card actions`);
    // restify's per-request random UUID (bot/server.ts): it joins one request's lines, nothing else.
    for (const line of clicks) assert.match(String(line.req), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, JSON.stringify(line));
    assert.equal(new Set(clicks.map((l) => l.req)).size, clicks.length, 'one id per request');
    // A field called `name` (an activity's) once replaced the logger's name in "turn failed".
    for (const line of stack.logs) assert.match(line.name, /^kernedialog(:|$)/, JSON.stringify(line));
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

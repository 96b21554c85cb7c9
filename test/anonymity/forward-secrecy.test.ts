import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { participationKey, phaseSecret, unwrapSecret } from '../../domain/anonymity/participation';
import { useStack } from '../support/kernedialog-stack';
import { cardText, firstCard } from '../support/playground-client';
import { runToResult, startExercise, type StartedSession } from '../support/session-flow';
import { dumpAllTables, type DumpedRow } from '../support/table-dump';

const PEOPLE = ['user-mette', 'user-jonas', 'user-aisha', 'user-lars', 'user-birgitte', 'user-soeren'];
const PHASES = ['answer', 'proposals', 'vote'];

/** Every file under `dir`, as the attacker copies it. */
function filesUnder(dir: string): Buffer[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [readFileSync(path)];
  });
}

/** `wrapped` opened with `key`, or undefined where it is not something wrapped under that key. */
function tryUnwrap(wrapped: string, key: Buffer): Buffer | undefined {
  try {
    return unwrapSecret(wrapped, key);
  } catch {
    return undefined; // not wrapped under this key: the attacker simply tries the next thing
  }
}

/**
 * Every secret the attacker can make of what they hold: each file and each string column of the
 * copy taken as a secret itself, and as something wrapped under each key they have.
 */
function secretsFrom(keys: readonly Buffer[], files: readonly Buffer[], rows: readonly DumpedRow[]): Buffer[] {
  const texts = [...files.flatMap((f) => [f.toString('base64'), f.toString('utf8').trim()]), ...rows.flatMap((r) => Object.values(r).filter((v): v is string => typeof v === 'string'))];
  const raw = [...files, ...texts.map((t) => Buffer.from(t, 'base64'))].filter((b) => b.length === 32);
  return [...raw, ...texts.flatMap((t) => keys.map((k) => tryUnwrap(t, k)).filter((s): s is Buffer => s !== undefined))];
}

/** The participation row keys `secret` would give these people, in any phase, old-style (one secret) or per phase. */
function keysFor(secret: Buffer): Set<string> {
  return new Set([secret, ...PHASES.map((p) => phaseSecret(secret, p, true))].flatMap((s) => PEOPLE.map((who) => participationKey(s, who))));
}

/**
 * docs/anonymity.md, "Attacks tried": a copy of the tables taken while the answer phase is open
 * (a night's backup), and later, after the session has closed, the service's ANONYMITY_KEY and
 * everything in KEY_DIR (a leaked setting, a stolen server image). Through the real endpoint, the
 * Agents Playground and real Azurite. Passes when the attack fails.
 */
describe('anonymity red team: A copy of an open phase plus the service key obtained later', function () {
  this.timeout(90_000);
  const stack = useStack();
  let s: StartedSession;
  let copy: DumpedRow[];
  let liveKeys: Set<string>;
  const participation = () => copy.filter((r) => r.table === 'sessions' && r.partitionKey === s.sessionId && /(^|:)p\|/.test(String(r.rowKey))).map((r) => String(r.rowKey).replace(/^.*p\|/, ''));

  before(async () => {
    const pg = stack.playground();
    s = await startExercise(pg, { title: 'Kopi før lukning', k: '3' });
    const act = (who: string, verb: string, data: Record<string, string>) => pg.execute(who, s.thread, s.root, verb, { sessionId: s.sessionId, ...data });
    for (const who of PEOPLE) assert.match(cardText(await act(who, 'session.answer', { formal: `Læring for alle ${who}` })), /dit svar er gemt/);
    copy = await dumpAllTables(stack.azurite().connectionString); // the night's backup, answer phase open
    // What the service itself holds while the phase is open: the test's own check that such a secret names people.
    liveKeys = keysFor((await stack.bot().deps.sessions.secret(s.sessionId))!);
    const since = pg.events.length;
    await act('user-mette', 'session.close', {});
    await pg.waitFor((e) => e.message.messageId === s.root && /Forslag/.test(cardText(firstCard(e))), { since });
    await runToResult(pg, s, {
      proposals: ['Læring og trivsel for alle børn', 'Et trygt fællesskab'],
      result: { formulation: 'Læring og trivsel for alle børn.', action1: 'Tag den med til forældremødet', who1: 'teamet' },
    });
    await stack.bot().idle();
  });

  it("the copy has everyone's participation row, and the secret the service held while open would name them", () => {
    assert.equal(participation().length, PEOPLE.length);
    assert.ok(
      participation().every((key) => liveKeys.has(key)),
      "the test's attack must work with the live secret, or it proves nothing",
    );
  });

  it('name who answered from the old copy with ANONYMITY_KEY and KEY_DIR as they are after the close: no participation key can be reproduced', () => {
    const { anonymityKey, keyDir } = stack.options();
    const files = filesUnder(keyDir);
    const keys = [anonymityKey!, ...files.map((f) => Buffer.from(f.toString('utf8').trim(), 'base64')).filter((k) => k.length === 32)];
    const secrets = secretsFrom(keys, files, copy);
    const named = participation().filter((key) => secrets.some((secret) => keysFor(secret).has(key)));
    assert.deepEqual(named, [], `${named.length} of ${participation().length} participation rows in the copy were tied to a person with the key obtained later`);
  });

  it("the copy's secret row holds no secret that the service key unwraps, only the name of a vault entry that is gone", () => {
    const row = copy.find((r) => r.table === 'sessions' && r.partitionKey === s.sessionId && r.rowKey === 'secret');
    assert.ok(row, "the copy has the session's secret row");
    const unwrapped = Object.entries(row)
      .filter(([, v]) => typeof v === 'string' && tryUnwrap(v, stack.options().anonymityKey!) !== undefined)
      .map(([k]) => k);
    assert.deepEqual(unwrapped, [], `the copy's secret row holds a secret wrapped under ANONYMITY_KEY in ${unwrapped.join(', ')}`);
    assert.match(String(row.vaultName), /^kd-[0-9a-f]{32}$/);
    assert.deepEqual(filesUnder(stack.options().keyDir), [], "the closed session's vault entry is destroyed");
  });
});

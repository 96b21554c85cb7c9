import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { keyedHash, newSessionSecret, participationKey, phaseSecret, unwrapSecret, wrapSecret } from '../../domain/anonymity/participation';
import { secretOfPhase } from '../../domain/session';

const HANNE = '29:1Hanne-Holm-Sørensen_aad:xyz';
const LARS = '29:1Lars-Qvist_aad:xyz';

describe('participationKey: who answered, as a keyed hash', () => {
  it('is deterministic for the same secret and user', () => {
    const secret = newSessionSecret();
    assert.equal(participationKey(secret, HANNE), participationKey(Buffer.from(secret), HANNE));
  });

  it('differs between sessions (secrets) for the same user', () => {
    assert.notEqual(participationKey(newSessionSecret(), HANNE), participationKey(newSessionSecret(), HANNE));
  });

  it('differs between users in the same session', () => {
    const secret = newSessionSecret();
    assert.notEqual(participationKey(secret, HANNE), participationKey(secret, LARS));
  });

  it('contains no part of the user id', () => {
    const secret = newSessionSecret();
    const key = participationKey(secret, HANNE);
    assert.match(key, /^[0-9a-f]{64}$/);
    const id = HANNE.toLowerCase();
    for (let i = 0; i + 4 <= id.length; i++) {
      assert.equal(key.includes(id.slice(i, i + 4)), false, `contains ${id.slice(i, i + 4)}`);
    }
  });

  it('cannot be recomputed without the secret', () => {
    const secret = newSessionSecret();
    assert.notEqual(participationKey(secret, HANNE), participationKey(Buffer.alloc(32), HANNE));
  });
});

describe('keyedHash', () => {
  it('separates purposes, so one hash cannot stand in for another', () => {
    const secret = newSessionSecret();
    assert.equal(keyedHash(secret, 'activity', 'a1'), keyedHash(secret, 'activity', 'a1'));
    assert.notEqual(keyedHash(secret, 'activity', 'a1'), keyedHash(secret, 'row', 'a1'));
    assert.notEqual(keyedHash(secret, 'participant', HANNE), participationKey(secret, LARS));
  });
});

describe('wrapSecret / unwrapSecret', () => {
  it('round-trips the session secret under the anonymity key', () => {
    const secret = newSessionSecret();
    const anonymityKey = randomBytes(32);
    const wrapped = wrapSecret(secret, anonymityKey);
    assert.deepEqual(unwrapSecret(wrapped, anonymityKey), secret);
  });

  it('does not store the secret in the clear', () => {
    const secret = newSessionSecret();
    const wrapped = wrapSecret(secret, randomBytes(32));
    assert.equal(wrapped.includes(secret.toString('base64')), false);
    assert.equal(Buffer.from(wrapped, 'base64').includes(secret), false);
  });

  it('uses a fresh IV each time, and both wrappings unwrap', () => {
    const secret = newSessionSecret();
    const anonymityKey = randomBytes(32);
    const a = wrapSecret(secret, anonymityKey);
    const b = wrapSecret(secret, anonymityKey);
    assert.notEqual(a, b);
    assert.deepEqual(unwrapSecret(a, anonymityKey), secret);
    assert.deepEqual(unwrapSecret(b, anonymityKey), secret);
  });

  it('throws with the wrong anonymity key', () => {
    const wrapped = wrapSecret(newSessionSecret(), randomBytes(32));
    assert.throws(() => unwrapSecret(wrapped, randomBytes(32)));
  });

  it('throws when any byte of the wrapped value is changed', () => {
    const secret = newSessionSecret();
    const anonymityKey = randomBytes(32);
    const raw = Buffer.from(wrapSecret(secret, anonymityKey), 'base64');
    // IV (0–11), auth tag (12–27) and ciphertext (28–): each part is protected.
    for (const at of [0, 11, 12, 27, 28, raw.length - 1]) {
      const tampered = Buffer.from(raw);
      tampered[at] ^= 0x01;
      assert.throws(() => unwrapSecret(tampered.toString('base64'), anonymityKey), `byte ${at}`);
    }
  });

  it('throws on a truncated wrapped value', () => {
    const anonymityKey = randomBytes(32);
    const wrapped = wrapSecret(newSessionSecret(), anonymityKey);
    const raw = Buffer.from(wrapped, 'base64');
    assert.throws(() => unwrapSecret(raw.subarray(0, raw.length - 1).toString('base64'), anonymityKey));
  });
});

describe('phaseSecret: each phase keys its participation under its own secret', () => {
  it('gives the same person a different participation key in each phase, the same within one', () => {
    const secret = newSessionSecret();
    const keys = ['answer', 'proposals', 'vote'].map((phase) => participationKey(phaseSecret(secret, phase, true), HANNE));
    assert.equal(new Set(keys).size, 3);
    assert.equal(participationKey(phaseSecret(Buffer.from(secret), 'vote', true), HANNE), keys[2]);
  });

  it("keeps the session's secret for a session stored before phases had keys of their own (no phaseKeys)", () => {
    const secret = newSessionSecret();
    assert.equal(secretOfPhase({ phase: 'proposals' }, secret), secret);
    assert.notDeepEqual(secretOfPhase({ phase: 'proposals', phaseKeys: true }, secret), secret);
    assert.deepEqual(secretOfPhase({ phase: 'proposals', phaseKeys: true }, secret), secretOfPhase({ phaseKeys: true }, secret, 'proposals'));
  });
});

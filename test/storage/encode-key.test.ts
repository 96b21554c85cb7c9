import assert from 'node:assert/strict';
import { decodeKey, encodeKey, HASHED_KEY_PREFIX, isHashedKey, MAX_KEY_LENGTH } from '../../storage/encode-key';

/** The Azure Table key rules encodeKey must satisfy. */
function assertValidTableKey(key: string): void {
  assert.doesNotMatch(key, /[/\\#?\u0000-\u001f\u007f-\u009f]/, `forbidden char in ${JSON.stringify(key)}`);
  assert.ok(key.length <= MAX_KEY_LENGTH && key.length <= 1024, `key too long: ${key.length}`);
  assert.equal(Buffer.from(key, 'utf8').toString('utf8'), key, 'key must be well-formed UTF-16');
}

const CONTROL_CHARS = Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)).join('') + Array.from({ length: 0x21 }, (_, i) => String.fromCharCode(0x7f + i)).join('');

const SAMPLES = [
  '',
  'plain',
  'msteams/conversations/19:abc@thread.tacv2;messageid=1700000000000/',
  'msteams/users/29:1AbC-dEf_ghI/',
  'a:1XyZ#section?query=1&x=2\\back',
  '%2F already escaped %u0041 and %',
  '%sha256-looks-like-a-hash',
  CONTROL_CHARS,
  '😀🇩🇰👍🏽 emoji',
  'æøå ÆØÅ – Kernedialog',
  'quotes \' " and ()!*~+ spaces',
  'lone \ud83d high and \ude00 low surrogates',
];

describe('encodeKey / decodeKey', () => {
  for (const sample of SAMPLES) {
    it(`round-trips ${JSON.stringify(sample).slice(0, 50)}`, () => {
      const key = encodeKey(sample);
      assertValidTableKey(key);
      assert.equal(decodeKey(key), sample);
    });
  }

  it('leaves readable Teams ids mostly as they are', () => {
    assert.equal(encodeKey('msteams/users/29:1abc'), 'msteams%2Fusers%2F29:1abc');
    assert.equal(encodeKey('æøå'), 'æøå');
  });

  it('is injective on tricky neighbours', () => {
    const inputs = ['/', '%2F', '%252F', '%', '%%', '\ud83d', '%uD83D', '?', '#', '\\'];
    const keys = inputs.map(encodeKey);
    assert.equal(new Set(keys).size, inputs.length, keys.join(' | '));
  });

  it('hashes a 5,000-char id deterministically into a short, valid, non-reversible key', () => {
    const long = '19:' + 'x/'.repeat(2_498) + '@thread.v2';
    assert.equal(long.length, 5_009);
    const key = encodeKey(long);
    assertValidTableKey(key);
    assert.ok(key.startsWith(HASHED_KEY_PREFIX) && isHashedKey(key));
    assert.match(key, /^%sha256-[0-9a-f]{64}$/);
    assert.equal(encodeKey(long), key, 'deterministic');
    assert.notEqual(encodeKey(long + 'y'), key, 'unique');
    assert.throws(() => decodeKey(key), /SHA-256 digest/);
  });

  it('switches to the hashed form exactly when the escaped form exceeds the limit', () => {
    assert.equal(encodeKey('a'.repeat(MAX_KEY_LENGTH)), 'a'.repeat(MAX_KEY_LENGTH));
    assert.ok(isHashedKey(encodeKey('a'.repeat(MAX_KEY_LENGTH + 1))));
    // 200 slashes are 600 chars once escaped, so they must be hashed even though the input is short.
    assert.ok(isHashedKey(encodeKey('/'.repeat(200))));
  });

  it('rejects strings encodeKey cannot have produced', () => {
    assert.throws(() => decodeKey('50%'), /stray "%"/);
    assert.throws(() => decodeKey('%zz'), /stray "%"/);
  });
});

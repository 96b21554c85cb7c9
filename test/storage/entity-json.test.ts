import assert from 'node:assert/strict';
import { entitySizeBytes, fromJsonProperties, MAX_PROPERTY_CHARS, toAsciiJson, toJsonProperties } from '../../storage/entity-json';

describe('entity JSON properties', () => {
  it('writes JSON as pure ASCII that parses back to the same value', () => {
    const value = { 'nøgle æ': 'Kerneopgave: æøå ÆØÅ 😀 \u0000 \u007f \u2028', lone: '\ud83d', n: [1, null, true] };
    const json = toAsciiJson(value);
    assert.match(json, /^[\u0000-\u007e]*$/);
    assert.ok(json.includes('\\u00e6'));
    assert.deepEqual(JSON.parse(json), value);
  });

  it('uses a single `json` property while it fits', () => {
    const json = 'x'.repeat(MAX_PROPERTY_CHARS);
    assert.deepEqual(Object.keys(toJsonProperties(json)), ['json']);
  });

  it('splits long JSON into json0..N of at most 32,768 chars and joins it back', () => {
    const json = JSON.stringify({ text: 'æøå'.repeat(40_000) });
    const props = toJsonProperties(json);
    assert.deepEqual(Object.keys(props), ['json0', 'json1', 'json2', 'json3']);
    for (const part of Object.values(props)) assert.ok(part.length <= MAX_PROPERTY_CHARS);
    assert.equal(fromJsonProperties(props), json);
  });

  it('never cuts a surrogate pair in half', () => {
    const json = 'a' + '😀'.repeat(MAX_PROPERTY_CHARS); // a pair straddles every 32,768 boundary
    const props = toJsonProperties(json);
    for (const part of Object.values(props)) {
      assert.equal(Buffer.from(part, 'utf8').toString('utf8'), part, 'chunk is well-formed UTF-16');
    }
    assert.equal(fromJsonProperties(props), json);
  });

  it('ignores unrelated entity properties and rejects entities without JSON', () => {
    assert.equal(fromJsonProperties({ partitionKey: 'p', etag: 'e', json: '{}' }), '{}');
    assert.throws(() => fromJsonProperties({ partitionKey: 'p' }), /neither a `json` nor a `json0`/);
  });

  it("measures size by the stricter of Azure's UTF-16 formula and Azurite's UTF-8 body", () => {
    const ascii = entitySizeBytes('k', '', { json: 'a'.repeat(1000) });
    assert.equal(ascii, 4 + 2 + 8 + 8 + 4 + 2000, "ASCII: Azure's 2 bytes/char dominates");
    const cjk = entitySizeBytes('k', '', { json: '語'.repeat(1000) });
    assert.ok(cjk >= 3000, 'CJK: 3 UTF-8 bytes/char dominate');
  });
});

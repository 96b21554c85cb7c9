import assert from 'node:assert/strict';
import { namesOfMember } from '../../bot/member-names';

describe('namesOfMember', () => {
  it('takes the given name and surname when Teams has them, not the role in the display name', () => {
    assert.deepEqual(namesOfMember({ givenName: 'Søren', surname: 'Østergaard', name: 'Søren Østergaard (skolepsykolog)' }), ['Søren', 'Østergaard']);
  });

  it('falls back to the display name, without what the organisation adds after it', () => {
    assert.deepEqual(namesOfMember({ name: 'Hanne Holm - Skovbakkeskolen' }), ['Hanne Holm']);
    assert.deepEqual(namesOfMember({ name: 'Jonas Kristensen (lærer, TR)' }), ['Jonas Kristensen']);
    assert.deepEqual(namesOfMember({ name: 'Jensen, Hanne' }), ['Jensen, Hanne']);
  });

  it('gives nothing for a member without any name', () => {
    assert.deepEqual(namesOfMember({}), []);
    assert.deepEqual(namesOfMember({ givenName: ' ', name: '' }), []);
  });
});

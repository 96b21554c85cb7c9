import assert from 'node:assert/strict';
import { COMMANDS, commandHelp } from '../../dialogs/routes';
import { texts } from '../support/card-nodes';

/** Issue 11, point 5: help lists the commands, one line each on what it does and where to write it. */
describe('the help card', () => {
  const WANTED = ['start', 'status', 'planlæg', 'planer', 'aftal', 'medfacilitator', 'luk', 'aflys', 'opbevaring', 'slet data', 'sprog', 'mødevurdering', 'hjælp'];

  it('has one line for each command the bot knows, starting with its Danish word and saying where to write it (da)', () => {
    const lines = texts(commandHelp('da')).filter((x) => x.startsWith('**'));
    assert.deepEqual(
      lines.map((l) => l.match(/^\*\*([^*]+)\*\*/)![1]),
      WANTED,
    );
    assert.deepEqual(
      COMMANDS.map((c) => c.words[0]),
      WANTED,
    );
    for (const line of lines) assert.match(line, / – (i kanalen|i en øvelses tråd|i tråden til en tjek-runde|i et mødes chat|hvor som helst): \S/, line);
    assert.ok(lines.find((l) => l.startsWith('**luk**'))!.includes('afslut den åbne fase'));
  });

  it('is English with the English words in English (en), each one a word the table knows', () => {
    const lines = texts(commandHelp('en')).filter((x) => x.startsWith('**'));
    const words = lines.map((l) => l.match(/^\*\*([^*]+)\*\*/)![1]);
    assert.deepEqual(words, ['start', 'status', 'schedule', 'schedules', 'agree', 'cofacilitator', 'close', 'cancel', 'retention', 'delete data', 'language', 'meeting rating', 'help']);
    words.forEach((w, i) => assert.ok(COMMANDS[i].words.includes(w), w));
    for (const line of lines) assert.match(line, / – (in the channel|in an exercise's thread|in a check-in round's thread|in a meeting's chat|anywhere): \S/, line);
  });

  it('starts with the word it did not understand, made safe, when it answers an unknown word', () => {
    const [first] = texts(commandHelp('da', { notUnderstood: '*hej*' }));
    assert.equal(first, 'Jeg forstod ikke »\\*hej\\*«. Her er de ord, jeg kender:');
    assert.doesNotMatch(texts(commandHelp('da')).join('\n'), /forstod ikke/);
  });

  it("says in personal chat that it only helps there, in the locale's language", () => {
    assert.match(texts(commandHelp('en', { personal: true })).join('\n'), /Here in personal chat I only answer with this overview/);
    assert.doesNotMatch(texts(commandHelp('en')).join('\n'), /personal chat/);
  });

  it('has no placeholder and no bare k left in any text', () => {
    for (const lang of ['da', 'en'] as const) {
      for (const text of texts(commandHelp(lang, { notUnderstood: 'x', personal: true }))) {
        assert.doesNotMatch(text, /\{\w+\}|\$\{/, text);
        assert.doesNotMatch(text, /\bk\b/, text);
      }
    }
  });
});

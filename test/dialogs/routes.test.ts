import assert from 'node:assert/strict';
import { COMMANDS, commandOf, routeFor, showsOnly } from '../../dialogs/routes';

/** The message commands in the one routing table (dialogs/routes.ts), beside the card verbs: STYLE's "commands get a table". */
describe('the message-command table', () => {
  const nameOf = (text: string) => commandOf(text)?.command.words[0];

  it('knows each command by its Danish word, without æøå, in English, and in any case', () => {
    const spellings: Record<string, string[]> = {
      planlæg: ['planlæg', 'planlaeg', 'schedule', 'Planlæg', 'PLANLAEG'],
      planer: ['planer', 'schedules'],
      aftal: ['aftal', 'agree'],
      medfacilitator: ['medfacilitator', 'cofacilitator', 'co-facilitator'],
      luk: ['luk', 'afslut', 'close', 'end', 'Luk'],
      aflys: ['aflys', 'cancel'],
      opbevaring: ['opbevaring', 'retention'],
      'slet data': ['slet data', 'delete data', 'Slet  Data'],
      sprog: ['sprog', 'language'],
      hjælp: ['hjælp', 'hjaelp', 'help', 'HJÆLP'],
      start: ['start'],
      status: ['status'],
    };
    for (const [name, words] of Object.entries(spellings)) for (const w of words) assert.equal(nameOf(w), name, w);
  });

  it('gives each word to one command only', () => {
    const words = COMMANDS.flatMap((c) => c.words);
    assert.equal(new Set(words).size, words.length);
  });

  it('takes what follows the command as written, line breaks and case kept', () => {
    assert.equal(commandOf('aftal Fast punkt; Færre møder')?.rest, 'Fast punkt; Færre møder');
    assert.equal(commandOf('Aftal Første\nAnden')?.rest, 'Første\nAnden');
    assert.equal(commandOf('slet data nu')?.rest, 'nu');
    assert.equal(commandOf('sprog en')?.rest, 'en');
  });

  it('knows no half commands or other words', () => {
    for (const text of ['slet', 'delete', 'hej', 'startup', 'lukke', 'data slet', '']) assert.equal(commandOf(text), undefined, text);
  });

  it("is reached by words only: no card's verb calls a message command, whose step trusts the message's @mentions", () => {
    for (const verb of ['say.medfacilitator', 'say.status', 'say.sletData', 'medfacilitator', 'status', 'slet data', 'say.start']) {
      assert.equal(routeFor(verb), undefined, verb);
      assert.equal(showsOnly(verb), false, verb);
    }
    assert.equal(typeof routeFor('session.answer'), 'function');
    assert.equal(routeFor('toString'), undefined, "nothing from the object's prototype");
    assert.equal(routeFor(undefined), undefined);
  });

  it('asks again, rather than report a save, only for the verbs that save nothing', () => {
    for (const verb of ['session.view', 'status.view', 'session.closeAsk', 'session.cancel', 'catalogue.setup', 'schedule.edit', 'result.view', 'group.form'])
      assert.equal(showsOnly(verb), true, verb);
    for (const verb of ['session.answer', 'session.close', 'session.result', 'schedule.save', 'data.deleteConfirm', 'session.cancelConfirm']) assert.equal(showsOnly(verb), false, verb);
  });
});

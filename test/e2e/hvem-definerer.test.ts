import assert from 'node:assert/strict';
import { useStack } from '../support/kernedialog-stack';
import { cardText, firstCard } from '../support/playground-client';
import { runToResult, startExercise } from '../support/session-flow';

const PEOPLE = ['user-mette', 'user-jonas', 'user-aisha', 'user-lars', 'user-birgitte', 'user-soeren'];
const ANSWERS = [
  {
    formal: 'Folkeskoleloven siger, at eleverne skal lære og trives.',
    performed: 'Vi underviser og bruger meget tid på trivsel og konflikter.',
    experienced: 'Forældrene oplever, at vi passer godt på børnene.',
  },
  { formal: 'Loven: børnenes læring og alsidige udvikling.', performed: 'Undervisning, dokumentation og møder.', experienced: 'Børnene oplever fællesskab og trivsel.' },
  { formal: 'Læring for alle børn, uanset baggrund.', performed: 'Vi arbejder med trivsel i klasserne hver dag.', experienced: 'At skolen er et trygt sted.' },
  { formal: 'Kommunens politik: læring og trivsel.', performed: 'Meget tid går med dokumentation.', experienced: 'Forældre oplever for lidt tid til det enkelte barn.' },
  { formal: 'Børnenes læring.', performed: 'Vi løser konflikter og underviser.', experienced: 'Eleverne oplever trivsel, når lærerne har tid.' },
  { formal: 'Læring og dannelse.', performed: 'Trivsel og undervisning går hånd i hånd.', experienced: 'Et trygt fællesskab for børnene.' },
];

describe('Hvem definerer kerneopgaven? in the Agents Playground', function () {
  this.timeout(60_000);
  const stack = useStack();
  let thread = '';
  let root = '';
  let sessionId = '';

  it('answers "@Kernedialog start" with the catalogue in the team\'s Danish, every exercise ready to start', async () => {
    const pg = stack.playground();
    const sent = await pg.mention('start');
    const reply = await pg.waitFor((e) => e.actionConversationId === sent.postConversationId && !!firstCard(e));
    const text = cardText(firstCard(reply));
    assert.match(text, /Hvem definerer kerneopgaven\?/);
    assert.equal(text.match(/Kommer snart/g), null, 'every exercise in the catalogue is live');
  });

  it('lets the facilitator set it up and posts the exercise as a new thread', async () => {
    const pg = stack.playground();
    const sent = await pg.mention('start');
    const catalogue = await pg.waitFor((e) => e.actionConversationId === sent.postConversationId && !!firstCard(e));
    const setup = await pg.execute('user-mette', sent.postConversationId, catalogue.message.messageId, 'catalogue.setup', { exerciseId: 'hvem-definerer' });
    assert.match(cardText(setup), /Opsæt øvelsen/);
    assert.match(cardText(setup), /Gode råd til dig som facilitator\n• Hent gerne den formelle formulering/);
    const started = await startExercise(pg, { title: 'Vores kerneopgave på mellemtrinnet' });
    ({ thread, root, sessionId } = started);
    const text = cardText(started.rootCard);
    assert.match(text, /Den formelle kerneopgave/);
    assert.match(text, /Den udførte kerneopgave/);
    assert.match(text, /Den oplevede kerneopgave/);
    assert.match(text, /mindst 5 personer/);
    assert.match(text, /Færre end 5 svar/);
  });

  it('refuses empty and over-long answers with a clear card, and keeps the text', async () => {
    const pg = stack.playground();
    const empty = await pg.execute('user-lars', thread, root, 'session.answer', { sessionId, formal: '  ', performed: '' });
    assert.match(cardText(empty), /Dit svar er tomt/);
    const long = 'ord '.repeat(300);
    const tooLong = await pg.execute('user-lars', thread, root, 'session.answer', { sessionId, formal: long });
    assert.match(cardText(tooLong), /1199 tegn.*højst 1000/s);
    assert.equal(JSON.stringify(tooLong).includes(long.trim()), true, 'the over-long text is given back in the field');
  });

  it('saves six anonymous answers, each confirmed privately, and stops a second answer', async () => {
    const pg = stack.playground();
    const since = pg.events.length;
    for (const [i, person] of PEOPLE.entries()) {
      const confirmation = await pg.execute(person, thread, root, 'session.answer', { sessionId, ...ANSWERS[i] });
      assert.match(cardText(confirmation), /Tak – dit svar er gemt/);
    }
    const again = await pg.execute('user-jonas', thread, root, 'session.answer', { sessionId, formal: 'Igen' });
    assert.match(cardText(again), /allerede svaret/);
    // Private confirmations are invoke responses: nothing about an answer is posted in the thread.
    await stack.bot().idle();
    const posted = pg.events.slice(since).filter((e) => e.action !== 'updateMessage');
    assert.deepEqual(
      posted.map((e) => cardText(firstCard(e))),
      [],
    );
  });

  it('shows progress on the shared card in steps of k, never below k', async () => {
    const pg = stack.playground();
    const update = await pg.waitFor((e) => e.message.messageId === root && /Mindst 5 svar/.test(cardText(firstCard(e))));
    assert.doesNotMatch(cardText(firstCard(update)), /6/);
  });

  it('refuses to close for anyone but the facilitator', async () => {
    const refused = await stack.playground().execute('user-aisha', thread, root, 'session.close', { sessionId });
    assert.match(cardText(refused), /Kun øvelsens facilitator og medfacilitatorer kan styre den.*Mette Holm/s);
  });

  it('ends the answers for the facilitator and posts the summary as a reply in the thread', async () => {
    const pg = stack.playground();
    const since = pg.events.length;
    const closing = await pg.execute('user-mette', thread, root, 'session.close', { sessionId });
    assert.match(cardText(closing), /Fasen afsluttes/);
    const summary = await pg.waitFor((e) => e.actionConversationId === thread && e.action !== 'updateMessage' && /Opsamling/.test(cardText(firstCard(e))), { since });
    const text = cardText(firstCard(summary));
    assert.match(text, /6 personer har svaret/);
    assert.match(text, /læring/i);
    assert.match(text, /trivsel/i);
    assert.match(text, /Til drøftelse/);
    assert.match(text, /én formulering af kerneopgaven/);
    const proposalsRoot = await pg.waitFor((e) => e.message.messageId === root && /Forslag/.test(cardText(firstCard(e))), { since });
    assert.match(cardText(firstCard(proposalsRoot)), /Foreslå én formulering af vores kerneopgave/);
    const late = await pg.execute('user-lars', thread, root, 'session.answer', { sessionId, formal: 'For sent' });
    assert.match(cardText(late), /Dit forslag er tomt/, 'the answers are over; the card now takes proposals');
  });

  it('ends with the shared formulation the team voted for and agreed on', async () => {
    const pg = stack.playground();
    const { tally, result } = await runToResult(
      pg,
      { thread, root, sessionId, rootCard: {} },
      {
        proposals: ['Vi giver alle børn læring og trivsel i et trygt fællesskab', 'Børnene lærer og trives, og forældrene kan mærke det'],
        result: { formulation: 'Vi giver alle børn læring og trivsel i et trygt fællesskab, som forældrene kan mærke.', action1: 'Sæt formuleringen op på lærerværelset', who1: 'teamet' },
      },
    );
    assert.match(tally, /6 personer har stemt/);
    assert.match(result, /Resultat: Vores kerneopgave på mellemtrinnet/);
    assert.match(result, /som forældrene kan mærke\./);
    const late = await pg.execute('user-lars', thread, root, 'session.answer', { sessionId, proposal: 'For sent' });
    assert.match(cardText(late), /lukket/);
  });
});

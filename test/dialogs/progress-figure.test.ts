import { useAzurite } from '../support/azurite';
import { converse } from '../support/converse';

const METTE = { id: 'user-mette', name: 'Mette Holm' };
const TEAM = ['lars', 'jonas', 'aisha', 'birgitte', 'søren', 'emma'].map((name) => ({ id: `user-${name}`, name }));

/**
 * The shared card's figure moves only when its step is drawn (docs/anonymity.md, rule 6). Any other
 * redraw, and the facilitators' own per-user refresh, shows the step already drawn, not a fresh
 * count: otherwise a refresh between two draws tells the one who looks that a step was just passed.
 */
describe("the shared card's progress figure: only the step already drawn", function () {
  this.timeout(30_000);
  const azurite = useAzurite();

  it('six answers with k = 3, the step to 6 not drawn yet: the facilitator\'s refresh and a co-facilitator\'s redraw both say "Mindst 3"', async () => {
    const talk = await converse(azurite.connectionString());
    const mette = talk.as(METTE);
    await mette.click('session.create', { exerciseId: 'hvem-definerer', title: 'Trinvis', k: '3', language: 'da', distribution: 'all' });
    const sessionId = await talk.sessionId();
    for (const person of TEAM) (await talk.as(person).click('session.answer', { sessionId, formal: `Svar fra ${person.name}` })).expectPrivate(/gemt/);
    talk.thread.expectRoot(/Mindst 6/);
    // As when the sixth answer's redraw is still waiting its turn (answers arriving together share one).
    await talk.deps.sessions.change(sessionId, (s) => ({ ...s, shownProgress: 3 }));

    (await mette.click('session.view', { sessionId })).expectPrivate(/Mindst 3 svar/);
    await mette.say('medfacilitator', [TEAM[0]]);
    talk.thread.expectRoot(/Mindst 3 svar/);
  });
});

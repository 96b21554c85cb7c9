import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SessionStore } from '../storage/session-store';
import { tableClientFor } from '../storage/table-client';
import { liveExercise } from '../domain/catalogue';
import { readOptions } from '../config/options';
import { phaseOf } from '../domain/session';

/**
 * `npm run colleagues`: the five colleagues of the mock team answer the newest open exercise in
 * the Playground, through the Playground's own API, so that one person can try a whole session.
 * The Playground's web page has no way to switch user; this is the stand-in for the other five.
 */
const COLLEAGUES = ['user-jonas', 'user-aisha', 'user-lars', 'user-birgitte', 'user-soeren'];
const PROPOSALS = ['Et fælles møde hver måned om kerneopgaven', 'Spørg borgerne efter hvert forløb', 'Kerneopgaven som første punkt på dagsordenen', 'Færre registreringer, mere tid med børnene', 'Fælles planlægning på tværs af faggrupper'];
const TEXTS: Record<string, string[]> = {
  formal: ['Folkeskoleloven: alle elever skal lære og trives.', 'Kommunens børnepolitik siger læring og fællesskab.', 'Loven siger alsidig udvikling og læring for alle børn.', 'At eleverne bliver så dygtige, de kan.', 'Læring og trivsel for alle børn, uanset baggrund.'],
  performed: ['Vi underviser, men meget tid går med konflikter og dokumentation.', 'Trivsel i klassen fylder mest i min hverdag.', 'Undervisning, forældresamarbejde og mange møder.', 'Vi løser konflikter i frikvartererne og underviser.', 'Dokumentation tager tid fra børnene.'],
  experienced: ['Forældrene oplever, at vi passer godt på deres børn.', 'Børnene oplever et trygt fællesskab.', 'Forældre synes, der er for lidt tid til det enkelte barn.', 'Eleverne oplever, at skolen er et trygt sted.', 'At vi er der for børnene, når det er svært.'],
};

async function main(): Promise<void> {
  const options = readOptions();
  const file = join(options.dataDir, 'endpoints.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: run this while "npm start" is running (with the Playground), in the same folder.`);
  const endpoints = JSON.parse(readFileSync(file, 'utf8')) as { storage: string; playground: string };
  // Only listing sessions here, which needs no anonymity key.
  const sessions = new SessionStore(tableClientFor(endpoints.storage, 'sessions'), Buffer.alloc(32));
  const open = (await sessions.openInChannel('channel-kerneopgave')).sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  if (!open?.place.threadId || !open.place.rootActivityId) throw new Error('There is no open exercise in the channel "Kerneopgaven". Start one in the Playground first: @Kernedialog start.');
  const questions = liveExercise(open.exerciseId)?.questions.map((q) => q.id) ?? [];
  const phase = phaseOf(open);
  for (const [i, person] of COLLEAGUES.entries()) {
    const data: Record<string, string> = { sessionId: open.id };
    // Later phases: each colleague sends a proposal, or votes for the first one on the ballot.
    if (phase === 'proposals' || phase === 'vote') {
      Object.assign(data, phase === 'proposals' ? { proposal: PROPOSALS[i] } : { votes: '0' });
      const card = await execute(endpoints.playground, person, open.place.threadId, open.place.rootActivityId, 'session.answer', data);
      console.log(`${person}: ${JSON.stringify(card).match(/"text":"([^"]+)"/)?.[1]}`);
      continue;
    }
    let asked = questions;
    if (open.settings.distribution === 'assigned') {
      const form = await execute(endpoints.playground, person, open.place.threadId, open.place.rootActivityId, 'session.assign', data);
      asked = questions.filter((q) => JSON.stringify(form).includes(`"id":"${q}"`));
    }
    for (const q of asked) data[q] = TEXTS[q]?.[i] ?? 'Et svar';
    const card = await execute(endpoints.playground, person, open.place.threadId, open.place.rootActivityId, 'session.answer', data);
    const text = JSON.stringify(card).match(/"text":"([^"]+)"/)?.[1];
    console.log(`${person}: ${text}`);
  }
  console.log(`\nFive colleagues took part in "${open.settings.title}" (${phase}). Move on from the card in the Playground when you are ready.`);
}

async function execute(playground: string, from: string, conversationId: string, replyToId: string, verb: string, data: Record<string, string>): Promise<unknown> {
  const res = await fetch(`${playground}/_conversation/v1/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb, data: { verb, ...data } } }, from: { id: from }, conversation: { id: conversationId }, replyToId }),
  });
  if (!res.ok) throw new Error(`The Playground answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { value: unknown }).value;
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { t } from '../../cards/i18n';
import { definitionOf } from '../../cards/session-card';
import { phaseOf, type Session } from '../../domain/session';
import type { SecretVault } from '../../storage/secret-vault';
import { SessionStore } from '../../storage/session-store';
import { tableClientFor } from '../../storage/table-client';
import { pickSession, sessionArgument } from './pick-session';
import { reportLines } from './report';
import { COLLEAGUES } from './team';
import { takeTurn, type Turn } from './turn';

/** This script never reads or writes a session's secret; asked to, it says so rather than guess. */
const NO_SECRETS: SecretVault = {
  put: async () => Promise.reject(new Error('scripts/colleagues reads sessions only; it does not create them.')),
  get: async () => Promise.reject(new Error('scripts/colleagues reads sessions only; it has no session secrets.')),
  destroy: async () => Promise.reject(new Error('scripts/colleagues reads sessions only; it destroys nothing.')),
  list: async () => Promise.reject(new Error('scripts/colleagues reads sessions only; it has no session secrets.')),
  check: async () => undefined,
};

/**
 * `npm run colleagues [-- --session <id>]`: the five colleagues of the mock team answer the newest
 * open exercise or check-in round in the Playground, in whatever phase it is in, through the
 * Playground's own API, so that one person can try a whole session. The Playground's web page has
 * no way to switch user; this is the stand-in for the other five. Exits with 1 when any answer
 * was refused, so a second run says so instead of looking like success. `print` gets the report,
 * one block at a time; scripts/colleagues.ts is the process around it.
 */
export async function runColleagues(dataDir: string, argv: readonly string[], print: (line: string) => void): Promise<number> {
  const file = join(dataDir, 'endpoints.json');
  if (!existsSync(file)) throw new Error(`${file} mangler: kør scriptet, mens "npm start" kører (med Playground'en), i samme mappe. (Run this while "npm start" runs, in the same folder.)`);
  const endpoints = JSON.parse(readFileSync(file, 'utf8')) as { storage: string; playground: string };
  // Only reading sessions here, which needs no anonymity key and no session secret.
  const sessions = new SessionStore(tableClientFor(endpoints.storage, 'sessions'), Buffer.alloc(32), NO_SECRETS);
  const session = await pickSession(sessions, sessionArgument(argv));
  const def = definitionOf(session);
  const phase = phaseOf(session);
  print(describe(session, t(session.settings.language, def.titleKey)));
  const { threadId, rootActivityId } = session.place;
  if (session.state !== 'open' || !threadId || !rootActivityId) {
    print('Den er ikke åben, så kollegerne kan ikke svare.');
    return 1;
  }
  if (phase === 'result') {
    print('Den venter på, at facilitator skriver det aftalte resultat; der er ikke noget, kollegerne kan svare på.');
    return 1;
  }
  const ctx = { exerciseId: session.exerciseId, phase, questions: new Map(def.questions.map((q) => [q.id, q])) };
  const turns: Turn[] = [];
  // One at a time, as people click: the report then reads in the team's order.
  for (const [n, colleague] of COLLEAGUES.entries()) turns.push(await takeTurn(endpoints.playground, { threadId, rootActivityId }, session.id, colleague, n, ctx));
  print(['', ...reportLines(turns)].join('\n'));
  const notes = [...new Set(turns.flatMap((turn) => turn.notes))];
  if (notes.length) print(['', 'Bemærk:', ...notes.map((note) => `- ${note}`)].join('\n'));
  if (turns.every((turn) => turn.accepted)) print(nextStep(session));
  return turns.every((turn) => turn.accepted) ? 0 : 1;
}

/** 'Tjek-runde "Mødevurdering" (Mødevurdering), Svarrunde, k = 3, id …' */
function describe(session: Session, exerciseName: string): string {
  const lang = session.settings.language;
  const what = session.round ? 'Tjek-runde' : 'Øvelse';
  const name = session.settings.title === exerciseName ? '' : ` (${exerciseName})`;
  return `${what} "${session.settings.title}"${name}, ${t(lang, `phase.${phaseOf(session)}.title`)}, k = ${session.settings.k}, id ${session.id}`;
}

/** What happens next: a round and a meeting's phase close by themselves; otherwise the facilitator moves on. */
function nextStep(session: Session): string {
  if (session.round) return '\nRunden lukker af sig selv ved fristen og lægger opsamlingen i tråden.';
  if (session.settings.meeting) return '\nFasen lukker af sig selv, når dens minutter er gået (til et møde).';
  return "\nGå videre fra kortet i Playground'en, når du er klar.";
}

import { phaseOf, type Session } from '../../domain/session';
import type { SessionStore } from '../../storage/session-store';

/** The Playground's one channel and its group chat "Ledelsesteam" (playground/.m365agentsplayground.yml). */
export const PLAYGROUND_CHANNEL = 'channel-kerneopgave';
export const PLAYGROUND_CHAT = 'group-chat-ledelse';

/**
 * The session named by `--session`, or else the newest open one in the Playground's channel or group chat that
 * the colleagues can take part in (an exercise or a check-in round the scheduler opened). One
 * waiting for the facilitator's result comes last: there is nothing for colleagues to do there.
 * Throws with what to do when there is none.
 */
export async function pickSession(sessions: SessionStore, wanted: string | undefined): Promise<Session> {
  if (wanted !== undefined) {
    const stored = await sessions.get(wanted);
    if (!stored) throw new Error(`Der er ingen øvelse eller tjek-runde med id ${wanted}. (There is no session ${wanted}.)`);
    return stored.session;
  }
  const open = [...(await sessions.openInChannel(PLAYGROUND_CHANNEL)), ...(await sessions.openInChannel(PLAYGROUND_CHAT))].filter((s) => s.place.threadId && s.place.rootActivityId);
  const ranked = open.sort((a, b) => Number(phaseOf(a) === 'result') - Number(phaseOf(b) === 'result') || b.createdAt.localeCompare(a.createdAt));
  if (!ranked[0])
    throw new Error(
      'Der er ingen åben øvelse i kanalen "Kerneopgaven" eller chatten "Ledelsesteam". Start en i Playground\'en først: @Kernedialog start. (There is no open exercise in the channel or the group chat.)',
    );
  return ranked[0];
}

/**
 * `--session <id>` or `--session=<id>`, as `npm run colleagues -- --session <id>` passes it.
 *
 * @example sessionArgument(['--session', 'ab12…']) // 'ab12…'
 */
export function sessionArgument(argv: readonly string[]): string | undefined {
  const i = argv.findIndex((a) => a === '--session' || a.startsWith('--session='));
  if (i < 0) return undefined;
  const value = argv[i].includes('=') ? argv[i].slice(argv[i].indexOf('=') + 1) : argv[i + 1];
  if (!value) throw new Error('--session skal have et id efter sig, fx --session 0123456789abcdef01234567. (--session needs an id.)');
  return value;
}

import { noticeCard } from '../cards/notice-card';
import { escapeMarkdown } from '../cards/escape';
import { t } from '../cards/i18n';
import type { Language } from '../domain/exercise';
import { isFacilitator } from '../domain/session';
import { CO_FACILITATORS_MAX, setCoFacilitators } from '../domain/checkins/manage';
import type { DialogDeps } from './deps';
import { refusal, reply, type PrivateReply } from './reply';
import { onlySteerers } from './who-steers';
import type { Actor, Where } from './teams-port';
import { sessionOfThread } from './find-session';
import { rootCard } from './close-session';
import { chatWording } from '../cards/chat-naming';
import { whichSessionCard } from '../cards/which-session-card';

/**
 * "@Kernedialog medfacilitator @Jonas" in a session's thread: the facilitator adds colleagues who
 * may advance, close and write the result with them. Being a facilitator is a public role, so the
 * answer is posted in the thread for everyone to see.
 */
export async function addCoFacilitators(deps: DialogDeps, lang: Language, actor: Actor, where: Where, mentioned: Actor[]): Promise<PrivateReply> {
  const session = await sessionOfThread(deps, where, actor, { openOnly: true });
  if (!session) return refusal(lang, 'notInThread', chatWording(where, 'coFacilitator.notInThread'));
  if (Array.isArray(session)) return reply('whichSession', whichSessionCard(lang, session));
  const l = session.settings.language;
  const notFacilitator = onlySteerers({ session, who: 'facilitator' }, actor);
  if (notFacilitator) return notFacilitator;
  const added = mentioned.filter((m) => m.id && !isFacilitator(session, m.id));
  if (added.length === 0) return refusal(l, 'noneMentioned', 'coFacilitator.noneMentioned');
  const changed = await deps.sessions.change(session.id, (s) => ({ ...s, coFacilitators: withAdded(s.coFacilitators ?? [], added) }));
  if (!changed?.changed) return refusal(l, 'conflict', 'error.retry');
  // In a check-in round's thread they help run the schedule too: its next rounds and its settings.
  if (session.round) await addToSchedule(deps, session.round.scheduleId, added);
  // The shared card names who gets the facilitators' own view of it: now them too.
  deps.later('co-facilitators', async () => {
    const stored = await deps.sessions.get(session.id);
    if (stored?.session.state === 'open') await deps.port.updateRoot(stored.session.place, await rootCard(deps, stored.session));
  });
  return reply('coFacilitatorsAdded', noticeCard(t(l, 'coFacilitator.addedTitle'), [t(l, 'coFacilitator.added', { names: added.map((a) => escapeMarkdown(a.name)).join(', ') })]));
}

/** `current` and then those of `added` not in it yet, up to the most a session or schedule may have. */
function withAdded(current: Actor[], added: Actor[]): Actor[] {
  return [...current, ...added.filter((a) => !current.some((c) => c.id === a.id))].slice(0, CO_FACILITATORS_MAX);
}

async function addToSchedule(deps: DialogDeps, scheduleId: string, added: Actor[]): Promise<void> {
  await deps.schedules.change(scheduleId, (r) => {
    const checked = setCoFacilitators(r.schedule, withAdded(r.schedule.coFacilitators, added));
    return checked.ok ? { ...r, schedule: checked.value } : undefined;
  });
}

import { errorCard, noticeCard } from '../cards/notice-card';
import { escapeMarkdown } from '../cards/escape';
import { t } from '../cards/i18n';
import type { AdaptiveCard } from '../cards/render';
import type { Language } from '../domain/exercise';
import { isFacilitator } from '../domain/session';
import { StorageConflictError } from '../storage/storage-errors';
import { CO_FACILITATORS_MAX, setCoFacilitators } from '../domain/checkins/manage';
import type { DialogDeps } from './deps';
import type { Actor, Where } from './teams-port';

const MAX_CO_FACILITATORS = 5;

/**
 * "@Kernedialog medfacilitator @Jonas" in a session's thread: the facilitator adds colleagues who
 * may advance, close and write the result with them. Being a facilitator is a public role, so the
 * answer is posted in the thread for everyone to see.
 */
export async function addCoFacilitators(deps: DialogDeps, lang: Language, actor: Actor, where: Where, mentioned: Actor[]): Promise<AdaptiveCard> {
  const [channel, root] = where.conversationId.split(';messageid=');
  const session = root ? (await deps.sessions.openInChannel(channel)).find((s) => s.place.rootActivityId === root) : undefined;
  if (!session) return errorCard(lang, 'coFacilitator.notInThread');
  const l = session.settings.language;
  if (session.facilitator.id !== actor.id) return errorCard(l, 'coFacilitator.onlyFacilitator', { name: escapeMarkdown(session.facilitator.name) });
  const added = mentioned.filter((m) => m.id && !isFacilitator(session, m.id));
  if (added.length === 0) return errorCard(l, 'coFacilitator.noneMentioned');
  for (let attempt = 0; attempt < 5; attempt++) {
    const stored = await deps.sessions.get(session.id);
    if (!stored) break;
    const current = stored.session.coFacilitators ?? [];
    const next = [...current, ...added.filter((a) => !current.some((c) => c.id === a.id))].slice(0, MAX_CO_FACILITATORS);
    try {
      await deps.sessions.update({ ...stored.session, coFacilitators: next }, stored.etag);
      // In a check-in round's thread they help run the schedule too: its next rounds and its settings.
      if (session.round) await addToSchedule(deps, session.round.scheduleId, added);
      return noticeCard(t(l, 'coFacilitator.addedTitle'), [t(l, 'coFacilitator.added', { names: added.map((a) => escapeMarkdown(a.name)).join(', ') })]);
    } catch (err) {
      if (!(err instanceof StorageConflictError)) throw err;
    }
  }
  return errorCard(l, 'error.retry');
}

async function addToSchedule(deps: DialogDeps, scheduleId: string, added: Actor[]): Promise<void> {
  await deps.schedules.change(scheduleId, (r) => {
    const merged = [...r.schedule.coFacilitators, ...added.filter((a) => !r.schedule.coFacilitators.some((c) => c.id === a.id))];
    const checked = setCoFacilitators(r.schedule, merged.slice(0, CO_FACILITATORS_MAX));
    return checked.ok ? { ...r, schedule: checked.value } : undefined;
  });
}

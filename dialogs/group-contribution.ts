import { groupContributionCard } from '../cards/group-contribution-card';
import { t } from '../cards/i18n';
import { escapeMarkdown } from '../cards/escape';
import { noticeCard, problemTexts } from '../cards/notice-card';
import type { Language } from '../domain/exercise';
import { byGroup, checkContribution, replacesUnseen, type Contribution } from '../domain/group-answers/contribution';
import { isJoint, jointQuestionsOf } from '../domain/group-answers/joint-part';
import { answerRefusal, phaseOf, type Session } from '../domain/session';
import { viaOf } from '../storage/group-contributions';
import type { StoredSession } from '../storage/session-store';
import type { DialogDeps } from './deps';
import { findSession, isReply } from './find-session';
import { refusal, reply, type PrivateReply } from './reply';
import type { Actor, Where } from './teams-port';
import { chatWording } from '../cards/chat-naming';

/**
 * "Skriv faggruppens bidrag" on the thread's card: the form, privately, with where each group
 * stands. A group's contribution is written openly, named as the writer's on the group's behalf;
 * it is a separate click, form and row from the anonymous answer (docs/anonymity.md, "Professional groups").
 */
export async function showGroupForm(deps: DialogDeps, lang: Language, actor: Actor, where: Where, data: Record<string, unknown>): Promise<PrivateReply> {
  const found = await findOpenJoint(deps, lang, where, data.sessionId);
  if (isReply(found)) return found;
  const { session } = found;
  return { ...reply('groupForm', groupContributionCard(session, actor.name, byGroup(session.settings.groups ?? [], await deps.contributions.all(session.id)))), session };
}

/**
 * A member sends their group's contribution. Every version is kept: a second member's version
 * is shown in the summary as the newest, naming who wrote the earlier one, and nobody replaces a
 * version they have not been shown (they get it on the form and send again to replace it).
 */
export async function saveGroupContribution(deps: DialogDeps, lang: Language, actor: Actor, where: Where, data: Record<string, unknown>): Promise<PrivateReply> {
  const found = await findOpenJoint(deps, lang, where, data.sessionId);
  if (isReply(found)) return found;
  const { session } = found;
  const l = session.settings.language;
  const groups = session.settings.groups ?? [];
  const checked = checkContribution(jointQuestionsOf(session), data, groups);
  const form = (outcome: string, versions: readonly Contribution[], extra: { problems?: string[]; asking?: Contribution } = {}) => ({
    ...reply(outcome, groupContributionCard(session, actor.name, byGroup(groups, versions), { values: data, ...extra })),
    session,
  });
  if (!checked.ok) return form('invalidContribution', await deps.contributions.all(session.id), { problems: problemTexts(l, checked.problems) });

  const { group, texts } = checked.value;
  const groupIndex = groups.indexOf(group);
  for (let attempt = 0; attempt < 5; attempt++) {
    const versions = await deps.contributions.all(session.id);
    const latest = byGroup([group], versions)[0].latest;
    if (latest && latest.via === viaOf(where.activityId)) return { ...confirmation(l, latest), session };
    if (replacesUnseen(latest, { group: data.seenGroup, version: data.seenVersion })) return form('askReplace', versions, { asking: latest });
    const next: Contribution = { group, texts, version: (latest?.version ?? 0) + 1, writer: actor.name };
    if (!(await deps.contributions.add(session.id, groupIndex, next, where.activityId))) continue;
    // A close that began while this was saved may already be summarising without it: take it back and say so.
    const after = await deps.sessions.get(session.id);
    if (!after || whyNotJoint(after.session, deps.now())) {
      await deps.contributions.remove(session.id, groupIndex, next.version);
      return form('closed', versions, { problems: [t(l, chatWording(session.place, 'group.closed'))] });
    }
    deps.log.info('group contribution saved', { session: session.id, version: next.version });
    return { ...confirmation(l, next), session };
  }
  return { ...refusal(l, 'busy', 'error.retry'), session };
}

/** The session, if it takes joint contributions now; otherwise a private card saying why not. */
async function findOpenJoint(deps: DialogDeps, lang: Language, where: Where, sessionId: unknown): Promise<StoredSession | PrivateReply> {
  const found = await findSession(deps, lang, where, sessionId);
  if (isReply(found)) return found;
  const { session } = found;
  const why = whyNotJoint(session, deps.now());
  return why ? { ...refusal(session.settings.language, why, chatWording(session.place, why === 'closed' ? 'group.closed' : 'group.notJoint')), session } : found;
}

/** Why the session takes no joint contribution now: not in joint mode, or no longer in its answer phase. */
function whyNotJoint(session: Session, now: Date): 'notJoint' | 'closed' | undefined {
  if (!isJoint(session.settings)) return 'notJoint';
  return answerRefusal(session, now) || phaseOf(session) !== 'answer' ? 'closed' : undefined;
}

function confirmation(lang: Language, saved: Contribution): PrivateReply {
  const group = escapeMarkdown(saved.group);
  return reply('groupSaved', noticeCard(t(lang, 'group.savedTitle', { group }), [t(lang, 'summary.jointWriter', { name: escapeMarkdown(saved.writer), group }), t(lang, 'group.savedBody')]));
}

import { createHash } from 'node:crypto';
import { noticeCard } from '../cards/notice-card';
import { t } from '../cards/i18n';
import { escapeMarkdown } from '../cards/escape';
import { setupCard } from '../cards/setup-card';
import { liveExercise } from '../domain/catalogue';
import type { Language } from '../domain/exercise';
import type { Session } from '../domain/session';
import { checkSettings } from '../domain/validation/settings';
import { channelMemberCount } from './member-count';
import type { DialogDeps } from './deps';
import { createAndPost } from './post-thread';
import { endUnpostedSession } from './end-unposted';
import { placeOf } from './place-of';
import { refusal, reply, type PrivateReply } from './reply';
import { TeamUnreachableError, type Actor, type Where } from './teams-port';
import { chatWording } from '../cards/chat-naming';
import { meetingDeadline } from '../domain/meeting';
import { meetingGuideCard } from '../cards/meeting-guide-card';
import { setupRefusal } from './setup-refusal';

/**
 * "Start" on the catalogue: the clicker gets the setup form, privately. The exercise's language
 * starts as the team's default (Danish until someone picks another), not the Teams locale.
 */
export async function showSetup(deps: DialogDeps, lang: Language, where: Where, data: Record<string, unknown>): Promise<PrivateReply> {
  const def = liveExercise(data.exerciseId);
  if (!def) return refusal(lang, 'unknownExercise', 'setup.error.unknownExercise');
  const values: Record<string, unknown> = { language: await deps.teams.language(where.teamId) };
  // Starting from one of the team's templates: its title and questions are filled in.
  const template = typeof data.template === 'string' && /^\d+$/.test(data.template) ? (await deps.teams.templates(where.teamId))[Number(data.template)] : undefined;
  if (template) {
    values.title = template.title;
    template.custom.questions.forEach((q, i) => Object.assign(values, { [`q${i + 1}Text`]: q.text, [`q${i + 1}Kind`]: q.kind }));
  }
  return reply('setup', setupCard(lang, def, values, [], await channelMemberCount(deps, where), [], where));
}

/**
 * The facilitator submits the setup form: the session is created and posted as a new thread.
 * The session id comes from the activity id, so a redelivered click finds the same session.
 */
export async function createSession(deps: DialogDeps, lang: Language, actor: Actor, where: Where, data: Record<string, unknown>): Promise<PrivateReply> {
  const def = liveExercise(data.exerciseId);
  if (!def) return refusal(lang, 'unknownExercise', 'setup.error.unknownExercise');
  if (!where.teamsChannelId) return refusal(lang, 'notInChannel', 'setup.error.notInChannel');
  // Only "one perspective each" can be refused for a small channel; read the count just for it.
  const members = data.distribution === 'assigned' ? await channelMemberCount(deps, where) : undefined;
  const checked = checkSettings(def, data, deps.now(), where.timezone, members);
  if (!checked.ok) return setupRefusal(deps, lang, def, where, data, checked.problems, members);

  // In a meeting the first phase closes its minutes after the start; otherwise at the setup deadline.
  const firstDeadline = checked.value.meeting ? meetingDeadline(checked.value.meeting, def.phases[0], deps.now()) : checked.value.deadline;
  const id = createHash('sha256').update(`${where.conversationId}|${where.activityId}`).digest('hex').slice(0, 24);
  const session: Session = {
    schema: 1,
    phaseKeys: true,
    id,
    exerciseId: def.id,
    exerciseVersion: def.version,
    settings: { ...checked.value, title: checked.value.title || t(checked.value.language, def.titleKey) },
    facilitator: { id: actor.id, name: actor.name },
    state: 'open',
    phase: def.phases[0],
    ...(firstDeadline ? { phaseDeadline: firstDeadline } : {}),
    place: placeOf({ ...where, teamsChannelId: where.teamsChannelId }),
    createdAt: deps.now().toISOString(),
    shownProgress: 0,
    // An exercise that starts with proposals has no answer summary to post.
    ...(def.phases.includes('answer') ? {} : { summaryWithheld: 'noAnswerPhase' as const }),
  };
  // Teams redelivers a slow invoke; only one delivery posts the thread (post-thread.ts).
  let made: Awaited<ReturnType<typeof createAndPost>>;
  try {
    made = await createAndPost(deps, session);
  } catch (err) {
    if (!(err instanceof TeamUnreachableError)) throw err;
    return notPosted(deps, session);
  }
  const { session: stored, posted } = made;
  // A redelivery of a click whose post Teams refused: the same answer, and nothing posted.
  if (!stored.place.threadId && stored.summaryWithheld === 'unreachable') return notPosted(deps, stored);
  if (posted) {
    if (where.teamId && data.saveTemplate === 'true' && session.settings.custom) await deps.teams.addTemplate(where.teamId, { title: session.settings.title, custom: session.settings.custom });
    deps.log.info('session started', { session: id, exercise: def.id, k: session.settings.k, distribution: session.settings.distribution });
  }
  // In a meeting, the started notice is her meeting guide: the phases with their minutes (meeting-guide-card.ts).
  if (stored.settings.meeting) return reply('started', meetingGuideCard(stored));
  const l = stored.settings.language;
  return reply('started', noticeCard(t(l, 'started.title'), [t(l, chatWording(stored.place, 'started.body'), { title: escapeMarkdown(stored.settings.title) })]));
}

/**
 * Teams refused the exercise's post (403: the bot removed from the chat or the app blocked): the
 * session ends closed and unposted, its secret destroyed, and the facilitator is told privately.
 */
async function notPosted(deps: DialogDeps, session: Session): Promise<PrivateReply> {
  if (await endUnpostedSession(deps, session)) deps.log.warn('Teams refused the exercise post; the session ended unposted', { session: session.id });
  const l = session.settings.language;
  return reply('unreachable', noticeCard(t(l, 'started.unreachable.title'), [t(l, chatWording(session.place, 'started.unreachable.body'), { title: escapeMarkdown(session.settings.title) })]));
}

import { createHash } from 'node:crypto';
import { noticeCard, problemTexts } from '../cards/notice-card';
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
import { refusal, reply, type PrivateReply } from './reply';
import type { Actor, Where } from './teams-port';

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
  return reply('setup', setupCard(lang, def, values, [], await channelMemberCount(deps, where)));
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
  let members = data.distribution === 'assigned' ? await channelMemberCount(deps, where) : undefined;
  const checked = checkSettings(def, data, deps.now(), where.timezone, members);
  if (!checked.ok) {
    // Nothing is stored; the form comes back with the facilitator's values and what to change.
    members ??= await channelMemberCount(deps, where);
    // A note (setup.note.*) is the form's next step, not a mistake: it is shown as plain text, not in red.
    const notes = checked.problems.filter((p) => p.key.startsWith('setup.note.'));
    const errors = checked.problems.filter((p) => !notes.includes(p));
    const outcome = errors.some((p) => p.key === 'setup.error.assignedTooFew') ? 'teamTooSmall' : errors.length ? 'invalidSettings' : 'moreFields';
    return reply(outcome, setupCard(lang, def, data, problemTexts(lang, errors), members, problemTexts(lang, notes)));
  }

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
    ...(checked.value.deadline ? { phaseDeadline: checked.value.deadline } : {}),
    place: { serviceUrl: where.serviceUrl, tenantId: where.tenantId, teamsChannelId: where.teamsChannelId, ...(where.teamId ? { teamId: where.teamId } : {}) },
    createdAt: deps.now().toISOString(),
    shownProgress: 0,
    // An exercise that starts with proposals has no answer summary to post.
    ...(def.phases.includes('answer') ? {} : { summaryWithheld: 'noAnswerPhase' as const }),
  };
  // Teams redelivers a slow invoke; only one delivery posts the thread (post-thread.ts).
  const { session: stored, posted } = await createAndPost(deps, session);
  if (posted) {
    if (where.teamId && data.saveTemplate === 'true' && session.settings.custom) await deps.teams.addTemplate(where.teamId, { title: session.settings.title, custom: session.settings.custom });
    deps.log.info('session started', { session: id, exercise: def.id, k: session.settings.k, distribution: session.settings.distribution });
  }
  const l = stored.settings.language;
  return reply('started', noticeCard(t(l, 'started.title'), [t(l, 'started.body', { title: escapeMarkdown(stored.settings.title) })]));
}

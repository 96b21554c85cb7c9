import { problemTexts } from '../cards/notice-card';
import { t } from '../cards/i18n';
import { answerFormCard, definitionOf, sessionCard } from '../cards/session-card';
import { savedCard } from '../cards/saved-card';
import { roundWording } from '../cards/round-wording';
import { shownProgress } from '../domain/anonymity/progress';
import type { Language } from '../domain/exercise';
import { answerRefusal, phaseOf, secretOfPhase } from '../domain/session';
import { checkProposal, checkProposalItems, checkVote } from '../domain/validation/phase-input';
import { ballotLabels } from '../cards/proposal-label';
import type { AnswerTexts } from '../domain/validation/answer';
import { rootCard, type Proposals } from './close-session';
import { checkAnswer } from '../domain/validation/answer';
import type { OpenSession, StoredSession } from '../storage/session-store';
import { showProgress } from '../domain/lifecycle/progress';
import { coalescer } from './coalesce';
import type { DialogDeps } from './deps';
import { findSession, isReply } from './find-session';
import { refusal, reply, type PrivateReply } from './reply';
import type { Actor, Where } from './teams-port';
import { chatWording } from '../cards/chat-naming';

/**
 * A participant sends their answer from the shared card or their private form.
 *
 * The session and its secret come from a few seconds' memory first (storage/session-store.ts
 * getOpen), since a stream of answers would otherwise read both for every click. Memory is only
 * trusted for the one-request save (AnswerBox.saveBlind), whose remembered gate ETag proves the
 * session is still open and still has that secret. Any other outcome, an error included, is
 * decided again on fresh reads.
 */
export async function answerSession(deps: DialogDeps, lang: Language, actor: Actor, where: Where, data: Record<string, unknown>): Promise<PrivateReply> {
  const seen = { remembered: false };
  try {
    const first = await takeAnswer(deps, lang, actor, where, data, seen);
    if (!seen.remembered || first.outcome === 'saved') return first;
  } catch (err) {
    if (!seen.remembered) throw err;
  }
  deps.sessions.forgetOpen(String(data.sessionId));
  return takeAnswer(deps, lang, actor, where, data);
}

/** With `memory`, the session may come from memory, and `memory.remembered` tells whether it did. */
async function takeAnswer(deps: DialogDeps, lang: Language, actor: Actor, where: Where, data: Record<string, unknown>, memory?: { remembered: boolean }): Promise<PrivateReply> {
  const found = await findSession(deps, lang, where, data.sessionId, async (id) => {
    const open = await deps.sessions.getOpen(id, memory !== undefined);
    if (memory) memory.remembered = open?.remembered ?? false;
    return open;
  });
  return isReply(found) ? found : { ...(await answerOpen(deps, actor, where, data, found)), session: found.session };
}

// Never shown: a remembered session that cannot save in one request is taken again on fresh reads.
const UNSURE = 'unsure';

async function answerOpen(deps: DialogDeps, actor: Actor, where: Where, data: Record<string, unknown>, { session, secret: sessionSecret, remembered }: OpenSession): Promise<PrivateReply> {
  const l = session.settings.language;
  if (answerRefusal(session, deps.now()) || !sessionSecret) return refusal(l, 'closed', chatWording(session.place, roundWording(session, 'answer.closed')));
  const secret = secretOfPhase(session, sessionSecret);
  // Assignments are read and written under the secret: only ever from fresh reads.
  if (remembered && session.settings.distribution === 'assigned') return refusal(l, UNSURE, 'error.retry');

  const phase = phaseOf(session);
  if (phase === 'result') return refusal(l, 'resultPhase', 'answer.resultPhase');
  let texts: AnswerTexts | AnswerTexts[];
  let required: string | undefined;
  if (phase === 'answer') {
    const def = definitionOf(session);
    let asked = def.questions.map((q) => q.id);
    if (session.settings.distribution === 'assigned') {
      const assignment = await deps.answers.assign(session.id, secret, actor.id, asked);
      if (assignment.kind === 'closed') return refusal(l, 'closed', chatWording(session.place, 'answer.closed'));
      if (assignment.kind === 'alreadyAnswered') return refusal(l, 'alreadyAnswered', 'answer.alreadyAnswered');
      asked = [assignment.questionId];
      required = assignment.questionId;
    }
    const checked = checkAnswer(def, asked, data, session.settings.groups);
    if (!checked.ok) return reply('invalidAnswer', answerFormCard(session, asked, t(l, 'error.title'), problemTexts(l, checked.problems), data));
    texts = checked.value;
  } else {
    const proposals = phase === 'vote' ? ballotLabels(l, await deps.sessions.doc<Proposals>(session.id, 'proposals')) : [];
    const items = definitionOf(session).proposalItems;
    const checked = phase === 'proposals' ? (items ? checkProposalItems(data, items) : checkProposal(data)) : checkVote(data, proposals.length);
    if (!checked.ok)
      return reply(
        'invalidAnswer',
        sessionCard(session, 0, proposals, { problems: problemTexts(l, checked.problems), proposal: typeof data.proposal === 'string' ? data.proposal : '', values: data }),
      );
    texts = checked.value;
  }

  const outcome = remembered
    ? (await deps.answers.saveBlind(session.id, secret, actor.id, where.activityId, texts, phase))
      ? 'saved'
      : UNSURE
    : await deps.answers.saveAnswer(session.id, secret, actor.id, where.activityId, texts, required, phase);
  switch (outcome) {
    case UNSURE:
      return refusal(l, UNSURE, 'error.retry');
    case 'saved':
      deps.later('progress', () => progressOnce(deps)(session.id, () => refreshProgress(deps, session.id)));
      return reply('saved', savedCard(session, phase));
    case 'alreadySaved':
      return reply('saved', savedCard(session, phase));
    case 'alreadyAnswered':
      return refusal(l, 'alreadyAnswered', phase === 'answer' ? roundWording(session, 'answer.alreadyAnswered') : `answer.alreadyAnswered.${phase}`);
    case 'notAssigned':
      return refusal(l, 'notAssigned', 'answer.notAssigned');
    case 'closed':
      return refusal(l, 'closed', chatWording(session.place, roundWording(session, 'answer.closed')));
  }
}

// Per running bot: answers arriving together share one refresh of the shared card (and its reads),
// and a steady stream refreshes it about once a second. The figure moves only in steps (rule 5).
const progressBy = new WeakMap<DialogDeps, ReturnType<typeof coalescer>>();
function progressOnce(deps: DialogDeps): ReturnType<typeof coalescer> {
  let once = progressBy.get(deps);
  if (!once) progressBy.set(deps, (once = coalescer(deps.progressEveryMs ?? 1_000)));
  return once;
}

/** "Show my perspective": the participant's one question, balanced across participants. */
export async function assignPerspective(deps: DialogDeps, lang: Language, actor: Actor, where: Where, data: Record<string, unknown>): Promise<PrivateReply> {
  const found = await findSession(deps, lang, where, data.sessionId);
  if (isReply(found)) return found;
  const { session } = found;
  const l = session.settings.language;
  const secret = answerRefusal(session, deps.now()) ? undefined : await deps.sessions.secret(session.id);
  if (!secret || session.settings.distribution !== 'assigned') return refusal(l, 'closed', chatWording(session.place, 'answer.closed'));
  const def = definitionOf(session);
  const assignment = await deps.answers.assign(
    session.id,
    secretOfPhase(session, secret),
    actor.id,
    def.questions.map((q) => q.id),
  );
  if (assignment.kind === 'closed') return refusal(l, 'closed', chatWording(session.place, 'answer.closed'));
  if (assignment.kind === 'alreadyAnswered') return refusal(l, 'alreadyAnswered', 'answer.alreadyAnswered');
  const label = t(l, def.questions.find((q) => q.id === assignment.questionId)!.labelKey);
  return { ...reply('assigned', answerFormCard(session, [assignment.questionId], t(l, 'answer.assignedTitle', { perspective: label }))), session };
}

/**
 * Updates the shared card when the stepped progress figure changes (docs/anonymity.md, rule 6).
 * The ETag makes sure two answers crossing a step at once update the card once.
 */
export async function refreshProgress(deps: DialogDeps, sessionId: string): Promise<void> {
  const stored = await deps.sessions.get(sessionId);
  if (!stored || stored.session.state !== 'open' || !stored.session.place.threadId) return;
  const phase = phaseOf(stored.session);
  const count = await deps.answers.countIfReady(sessionId, phase);
  // A close moved the session on and is still opening the next phase: that close redraws the card.
  if (count === undefined) return;
  // Two answers crossing a step at once: the change applies to the newer record, so one of them moves it and redraws.
  const changed = await deps.sessions.change(sessionId, showProgress(phase, shownProgress(count, stored.session.settings.k)));
  if (changed?.changed) await deps.port.updateRoot(changed.session.place, await rootCard(deps, changed.session));
}

export type { StoredSession };

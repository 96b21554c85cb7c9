import { errorCard, noticeCard } from '../cards/notice-card';
import { t } from '../cards/i18n';
import { definitionOf, sessionCard } from '../cards/session-card';
import { summaryCard } from '../cards/summary-card';
import { isFacilitator, type Session } from '../domain/session';
import { summarise, type Summary } from '../domain/summary/summarise';
import type { Language } from '../domain/exercise';
import { StorageConflictError } from '../storage/storage-errors';
import type { DialogDeps } from './deps';
import { findSession, isReply } from './find-session';
import { reply, type PrivateReply } from './reply';
import { TeamUnreachableError, type Actor, type Where } from './teams-port';

const STALE_CLAIM_MS = 2 * 60_000;

/** "Close" on the shared card. Only the facilitator may; everyone else is told who can. */
export async function requestClose(deps: DialogDeps, lang: Language, actor: Actor, where: Where, data: Record<string, unknown>): Promise<PrivateReply> {
  const found = await findSession(deps, lang, where, data.sessionId);
  if (isReply(found)) return found;
  const { session } = found;
  const l = session.settings.language;
  if (!isFacilitator(session, actor.id)) return reply('notFacilitator', errorCard(l, 'error.onlyFacilitator', { name: session.facilitator.name }));
  if (session.state === 'closed') return reply('alreadyClosed', errorCard(l, 'error.alreadyClosed'));
  await beginClose(deps, session.id, 'facilitator');
  deps.later('close', () => closeSession(deps, session.id, 'facilitator'));
  return reply('closing', noticeCard(t(l, 'session.closedTitle'), [t(l, 'session.closing')]));
}

/**
 * Closes a session, step by step, each step safe to repeat after a crash:
 * shut the gates, seal the answers, summarise, destroy the secret, then post the summary once.
 */
export async function closeSession(deps: DialogDeps, sessionId: string, by: 'facilitator' | 'deadline'): Promise<void> {
  await beginClose(deps, sessionId, by);
  await deps.answers.shut(sessionId);
  const secret = await deps.sessions.secret(sessionId);
  if (secret) await deps.answers.seal(sessionId, secret);

  let stored = await deps.sessions.get(sessionId);
  if (!stored) return;
  if (stored.session.state === 'closing') {
    const { session } = stored;
    if (!(await deps.sessions.summary(sessionId))) {
      const answers = await deps.answers.sealedAnswers(sessionId);
      await deps.sessions.saveSummary(sessionId, summarise(definitionOf(session), answers, session.settings));
    }
    try {
      await deps.sessions.update({ ...session, state: 'closed', closedAt: deps.now().toISOString() }, stored.etag, { destroySecret: true });
      deps.log.info('session closed', { session: sessionId, by });
    } catch (err) {
      if (!(err instanceof StorageConflictError)) throw err; // a concurrent close got there first
    }
  }
  await postSummary(deps, sessionId);
}

/** Posts the stored summary into the thread exactly once, unless another process holds a fresh claim. */
export async function postSummary(deps: DialogDeps, sessionId: string): Promise<void> {
  const stored = await deps.sessions.get(sessionId);
  if (!stored || stored.session.state !== 'closed' || stored.session.summaryPostedAt) return;
  const claimed = stored.session.summaryClaimedAt;
  if (claimed && deps.now().getTime() - Date.parse(claimed) < STALE_CLAIM_MS) return;
  let session: Session = { ...stored.session, summaryClaimedAt: deps.now().toISOString() };
  let etag: string;
  try {
    etag = await deps.sessions.update(session, stored.etag, { destroySecret: true });
  } catch (err) {
    if (err instanceof StorageConflictError) return; // another process claimed it first
    throw err;
  }
  const summary = await deps.sessions.summary<Summary>(sessionId);
  if (!summary) throw new Error(`postSummary(): session ${sessionId} is closed but has no stored summary.`);
  try {
    await deps.port.reply(session.place, summaryCard(session, summary));
  } catch (err) {
    if (!(err instanceof TeamUnreachableError)) throw err;
    // The team removed the app: keep the summary, post nothing, and stop trying.
    await deps.sessions.update({ ...session, summaryWithheld: 'unreachable' }, etag, { destroySecret: true });
    deps.log.info('summary withheld: the app is not in the team', { session: sessionId });
    return;
  }
  session = { ...session, summaryPostedAt: deps.now().toISOString() };
  await deps.sessions.update(session, etag, { destroySecret: true });
  await deps.port.updateRoot(session.place, sessionCard(session, 0));
}

async function beginClose(deps: DialogDeps, sessionId: string, by: 'facilitator' | 'deadline'): Promise<void> {
  for (;;) {
    const stored = await deps.sessions.get(sessionId);
    if (!stored || stored.session.state !== 'open') return;
    try {
      await deps.sessions.update({ ...stored.session, state: 'closing', closedBy: by, closingAt: deps.now().toISOString() }, stored.etag);
      return;
    } catch (err) {
      if (!(err instanceof StorageConflictError)) throw err;
    }
  }
}

import { noticeCard } from '../cards/notice-card';
import { t } from '../cards/i18n';
import { definitionOf, sessionCard, type SessionView } from '../cards/session-card';
import { roundWording } from '../cards/round-wording';
import { closeConfirmCard } from '../cards/confirm-card';
import { discussionText, summaryCard } from '../cards/summary-card';
import { meetingAfterSummaryCard } from '../cards/meeting-guide-card';
import { facilitatorIds, nextPhase, phaseOf, type Session } from '../domain/session';
import { VOTES_PER_PERSON, type PhaseKind } from '../domain/exercise';
import { maskPersonalDetails } from '../domain/summary/mask';
import { tallyVotes, type VoteTally } from '../domain/summary/votes';
import type { AdaptiveCard } from '../cards/render';
import { voteResultCard } from '../cards/vote-result-card';
import { prefilledResultForm } from './result-form';
import { ballotLabels } from '../cards/proposal-label';
import { summarise, type Summary } from '../domain/summary/summarise';
import { sizesOnly } from '../domain/summary/theme-size';
import type { Language } from '../domain/exercise';
import { beginClose, finishPhase, phaseDeadlineFor } from '../domain/lifecycle/close';
import { claimSummary, markSummaryPosted, markSummaryWithheld } from '../domain/lifecycle/summary-post';
import { postInSession } from './post-in-session';
import type { DialogDeps } from './deps';
import { shutAndSeal } from './seal-phase';
import { thresholdWith } from '../domain/anonymity/facilitators';
import { summaryContext, teamNames } from './summary-context';
import { rerunQuestions } from './repeat-run';
import { isJoint } from '../domain/group-answers/joint-part';
import { roundSummaryCard, summariseRound } from './round-summary';
import type { CheckinSummary } from '../domain/checkins/summarise-checkin';
import { findForFacilitator, isReply } from './find-session';
import { reply, type PrivateReply } from './reply';
import { TeamUnreachableError, type Actor, type Where } from './teams-port';
import { chatWording } from '../cards/chat-naming';

/** The proposals put to the vote: shuffled by sealing, masked for names and addresses, and only when at least k proposed. */
export interface Proposals {
  shown: boolean;
  texts: string[];
  /** Who owns each proposal, by index, where the exercise asks (domain/exercises/tid.ts). */
  owners?: string[];
}

/**
 * "Afslut …" on the facilitator's card or `@Kernedialog luk`: asks once, with a way back, before
 * the phase ends early (the "Ja" is `session.close`). The result phase has nothing to end: the form.
 */
export async function askClose(deps: DialogDeps, lang: Language, actor: Actor, where: Where, data: Record<string, unknown>): Promise<PrivateReply> {
  const found = await findForFacilitator(deps, lang, actor, where, data.sessionId);
  if (isReply(found)) return found;
  const { session } = found;
  if (session.state === 'closing') return reply('closing', closingNotice(session));
  if (phaseOf(session) === 'result') return reply('resultForm', await prefilledResultForm(deps, session));
  return reply('confirmClose', closeConfirmCard(session, definitionOf(session), await openCount(deps, session), data.back === 'note' ? 'note' : 'card'));
}

/** "Ja, afslut …": the phase ends now. Only the facilitator may; everyone else is told who can. */
export async function requestClose(deps: DialogDeps, lang: Language, actor: Actor, where: Where, data: Record<string, unknown>): Promise<PrivateReply> {
  const found = await findForFacilitator(deps, lang, actor, where, data.sessionId);
  if (isReply(found)) return found;
  const { session } = found;
  if (phaseOf(session) === 'result') return reply('resultForm', await prefilledResultForm(deps, session));
  await startClose(deps, session.id, 'facilitator');
  deps.later('close', () => closeSession(deps, session.id, 'facilitator'));
  return reply('closing', closingNotice(session));
}

/**
 * What the facilitator is told while her phase closes: the last phase closes the exercise (or the
 * check-in round) and its summary follows; any other phase hands over to the next.
 *
 * @example closingNotice(roundInItsAnswerPhase) // 'Runden er lukket' – 'Runden lukkes, og rundens opsamling …'
 */
function closingNotice(session: Session): AdaptiveCard {
  const l = session.settings.language;
  const last = nextPhase(definitionOf(session), phaseOf(session)) === undefined;
  return last
    ? noticeCard(t(l, roundWording(session, 'session.closedTitle')), [t(l, chatWording(session.place, roundWording(session, 'session.closing')))])
    : noticeCard(t(l, 'phase.advancingTitle'), [t(l, chatWording(session.place, 'phase.advancing'))]);
}

/**
 * Ends the open phase, step by step, each step safe to repeat after a crash: shut the phase's
 * gates, seal its answers, write its result (summary, proposals, tally), then open the next
 * phase, or close the session and destroy its secret. What the phase produced is posted once.
 */
export async function closeSession(deps: DialogDeps, sessionId: string, by: 'facilitator' | 'deadline'): Promise<void> {
  await startClose(deps, sessionId, by);
  const before = await deps.sessions.get(sessionId);
  if (!before) return;
  const phase = phaseOf(before.session);
  if (before.session.state === 'closing' && phase !== 'result') {
    // Facilitators' own answers do not count toward k (docs/anonymity.md, rule 4): count them while
    // participation exists; with the secret gone already, assume every one of them took part.
    const facilitators = facilitatorIds(before.session);
    const counted = await shutAndSeal(deps, before.session, phase, (phaseSecret) => deps.answers.facilitatorsIn(sessionId, phaseSecret, facilitators, phase));
    const facilitatorsIn = counted ?? facilitators.length;
    const stored = await deps.sessions.get(sessionId);
    if (stored?.session.state === 'closing') await finishPhaseOf(deps, stored.session, phase, by, facilitatorsIn);
  }
  await postSummary(deps, sessionId);
}

/** Writes what the phase produced and moves on; only the process whose change it was posts. */
async function finishPhaseOf(deps: DialogDeps, session: Session, phase: PhaseKind, by: string, facilitatorsIn: number): Promise<void> {
  const def = definitionOf(session);
  const output = await phaseOutput(deps, session, phase, facilitatorsIn);
  const next = nextPhase(def, phase, output.proposalsShown);
  if (next === 'proposals' || next === 'vote') await deps.answers.openGates(session.id, next);
  const now = deps.now();
  const changed = await deps.sessions.change(session.id, finishPhase(now, phase, next, next && phaseDeadlineFor(session, next, now)));
  if (!changed?.changed) return; // a concurrent closer got there first
  const moved = changed.session;
  deps.log.info(next ? 'phase ended' : 'session closed', { session: session.id, phase, next, by });
  if (output.card) await postOrWithhold(deps, moved, output.card);
  if (next && phase !== 'answer') await deps.port.updateRoot(moved.place, await rootCard(deps, moved));
}

/**
 * The phase's result, computed once and stored, so a repeated close reuses it. Every k test asks
 * for k people besides the facilitators who took part (domain/anonymity/facilitators.ts), and the
 * stored result carries that threshold as its `k`, so the cards size it the same way. The cards
 * never print that threshold: they name the session's own k, or say "too few" without a number.
 */
async function phaseOutput(deps: DialogDeps, session: Session, phase: PhaseKind, facilitatorsIn: number): Promise<{ proposalsShown?: boolean; card?: AdaptiveCard }> {
  const def = definitionOf(session);
  const { k } = session.settings;
  const testing = { ...session, settings: { ...session.settings, k: thresholdWith(k, facilitatorsIn) } };
  if (phase === 'answer') {
    if (!(await deps.sessions.summary(session.id))) {
      const answers = await deps.answers.sealedAnswers(session.id);
      // A check-in round is scored by its template and compared with the rounds before it.
      // A question the team was asked before shows no figures, so two runs do not give away one who left (repeat-run.ts).
      const summary = session.round
        ? await summariseRound(deps, def, testing, answers)
        : summarise(def, answers, testing.settings, { ...(await summaryContext(deps, session)), repeated: await rerunQuestions(deps, session) });
      // Theme sizes, not members: the card needs no more, and indices would join answers (theme-size.ts).
      await deps.sessions.saveSummary(session.id, sizesOnly(summary));
    }
    return {};
  }
  if (phase === 'proposals') {
    let proposals = await deps.sessions.doc<Proposals>(session.id, 'proposals');
    if (!proposals) {
      // Masked, but never dropped for a rare word: a proposal left off the ballot would be lost.
      const names = await teamNames(deps, session);
      const items = (await deps.answers.sealedAnswers(session.id, 'proposals')).map((a) => ({ text: maskPersonalDetails(a.proposal ?? '', names), owner: a.owner })).filter((a) => a.text);
      // k people must have proposed (the gates count people, not items); the ballot then lists each distinct proposal once.
      const people = await deps.answers.count(session.id, 'proposals');
      proposals = people >= testing.settings.k && items.length > 0 ? ballotOf(items) : { shown: false, texts: [] };
      await deps.sessions.saveDoc(session.id, 'proposals', proposals);
    }
    return {
      proposalsShown: proposals.shown,
      card: proposals.shown ? undefined : noticeCard(t(session.settings.language, 'proposals.tooFewTitle'), [t(session.settings.language, 'proposals.tooFew', { k })]),
    };
  }
  let tally = await deps.sessions.doc<VoteTally>(session.id, 'votes');
  if (!tally) {
    const proposals = await deps.sessions.doc<Proposals>(session.id, 'proposals');
    const ballots = (await deps.answers.sealedAnswers(session.id, 'vote')).map((a) => a.votes ?? '');
    tally = tallyVotes(proposals?.texts ?? [], ballots, VOTES_PER_PERSON, testing.settings.k, proposals?.owners);
    await deps.sessions.saveDoc(session.id, 'votes', tally);
  }
  return { card: voteResultCard(session, tally) };
}

/** The ballot: distinct proposals, with their owners where the exercise asks for them. */
function ballotOf(items: readonly { text: string; owner?: string }[]): Proposals {
  // The owner first, so that the text's trailing full stop is still what distinctProposals ignores.
  const keyed = items.map((i) => (i.owner ? `${i.owner}\u0000${i.text}` : i.text));
  const kept = distinctProposals(keyed).map((k) => items[keyed.indexOf(k)]);
  const owners = kept.map((i) => i.owner ?? '');
  return { shown: true, texts: kept.map((i) => i.text), ...(owners.some(Boolean) ? { owners } : {}) };
}

/** The same proposal written twice (case, spacing, a full stop) is one proposal on the ballot. */
export function distinctProposals(texts: readonly string[]): string[] {
  const seen = new Set<string>();
  return texts.filter((text) => {
    const key = text
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .replace(/[.!]+$/, '')
      .trim();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

async function postOrWithhold(deps: DialogDeps, session: Session, card: AdaptiveCard): Promise<void> {
  try {
    await postInSession(deps, session, card);
  } catch (err) {
    if (!(err instanceof TeamUnreachableError)) throw err;
    deps.log.info('post withheld: the app is not in the team', { session: session.id });
  }
}

/** Posts the stored summary into the thread exactly once, unless another process holds a fresh claim. */
export async function postSummary(deps: DialogDeps, sessionId: string): Promise<void> {
  const claimed = await deps.sessions.change(sessionId, claimSummary(deps.now()));
  if (!claimed?.changed) return; // not due, posted, withheld, or another process holds the claim
  const session = claimed.session;
  const summary = await deps.sessions.summary<Summary | CheckinSummary>(sessionId);
  if (!summary) throw new Error(`postSummary(): session ${sessionId} is closed but has no stored summary.`);
  const card = session.round
    ? await roundSummaryCard(deps, session, summary as CheckinSummary)
    : summaryCard(session, summary as Summary, isJoint(session.settings) ? await deps.contributions.all(session.id) : undefined);
  try {
    await postInSession(deps, session, card);
  } catch (err) {
    if (!(err instanceof TeamUnreachableError)) throw err;
    // The team removed the app: keep the summary, post nothing, and stop trying.
    await deps.sessions.change(sessionId, markSummaryWithheld('unreachable'));
    deps.log.info('summary withheld: the app is not in the team', { session: sessionId });
    return;
  }
  const posted = await deps.sessions.change(sessionId, markSummaryPosted(deps.now()));
  await deps.port.updateRoot(session.place, await rootCard(deps, posted?.session ?? session));
  if (session.settings.meeting && !session.round) await guideDiscussion(deps, posted?.session ?? session, summary as Summary);
}

/**
 * In a meeting, the facilitator gets the discussion's questions and what to write down privately,
 * as soon as the summary is out. A personal chat Teams refuses loses only this help, so it is
 * logged without naming her and the close goes on.
 */
async function guideDiscussion(deps: DialogDeps, session: Session, summary: Summary): Promise<void> {
  try {
    await deps.port.tellPrivately(session.place, session.facilitator.id, meetingAfterSummaryCard(session, discussionText(session, summary), summary.shown));
  } catch (err) {
    deps.log.info('meeting guide not delivered', { session: session.id, reason: err instanceof TeamUnreachableError ? 'unreachable' : 'failed' });
  }
}

/**
 * The shared card as it should look now; a vote shows the proposals to vote on. Its progress
 * figure is the stepped one stored with the session, never a fresh count: a redraw for another
 * reason (the step before, a co-facilitator) must not show a step early (docs/anonymity.md, rule 6).
 */
export async function rootCard(deps: DialogDeps, session: Session, view: SessionView = 'shared'): Promise<AdaptiveCard> {
  const phase = phaseOf(session);
  const proposals = phase === 'vote' ? ballotLabels(session.settings.language, await deps.sessions.doc<Proposals>(session.id, 'proposals')) : [];
  const shown = session.state === 'open' && phase !== 'result' ? session.shownProgress : 0;
  return sessionCard(session, shown, proposals, undefined, view);
}

/** How many have answered the open phase; the result phase takes no answers, so it has none. */
async function openCount(deps: DialogDeps, session: Session): Promise<number> {
  const phase = phaseOf(session);
  return session.state === 'open' && phase !== 'result' ? deps.answers.count(session.id, phase) : 0;
}

/** The open phase starts closing, once; a session already closing or closed is left to that close. */
async function startClose(deps: DialogDeps, sessionId: string, by: 'facilitator' | 'deadline'): Promise<void> {
  // The guarded change has retried its conflicts already (storage/guarded-change.ts).
  const changed = await deps.sessions.change(sessionId, beginClose(deps.now(), by));
  if (changed?.refused !== 'busy') return;
  // Still open: the deadline watcher closes it at its deadline; without one, the facilitator presses again.
  deps.log.warn('the close could not begin: the session kept changing', { session: sessionId, by });
}

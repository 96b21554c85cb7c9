import type { Language } from '../domain/exercise';
import type { DialogDeps } from '../dialogs/deps';
import type { PrivateReply } from '../dialogs/reply';
import type { Actor, Where } from '../dialogs/teams-port';
import { showSetup, createSession } from '../dialogs/start-session';
import { answerSession, assignPerspective } from '../dialogs/answer-session';
import { askClose, requestClose } from '../dialogs/close-session';
import { saveGroupContribution, showGroupForm } from '../dialogs/group-contribution';
import { keepControls, viewSession } from '../dialogs/facilitator-view';
import { settleCommandReply } from '../dialogs/command-reply';
import { saveResult, viewResult } from '../dialogs/result-session';
import { planFollowUp } from '../dialogs/follow-up';
import { confirmCancel, requestCancel } from '../dialogs/cancel-session';
import { deleteSchedule, editScheduleForm, keepExisting, keepSchedule, pauseSchedule, saveSchedule } from '../dialogs/schedules';
import { statusCard } from '../dialogs/status';
import { reply } from '../dialogs/reply';
import { confirmDataDelete, keepData, requestDataDelete } from '../dialogs/delete-data';

/** Whatever arrives for a dialog step: a card's click (its data) or a message command (its words). */
export interface Incoming {
  /** The team's language in a team, the Teams locale's in personal chat (language-of.ts). */
  lang: Language;
  actor: Actor;
  where: Where;
  /** The card's data; a message command has none. */
  data: Record<string, unknown>;
  /** A message command's words after the command word, as written, and the people @mentioned besides the bot. */
  said?: { rest: string; mentioned: Actor[] };
}

/** A card action is what arrives from a click. */
export type CardAction = Incoming;

/** One signature for every dialog step the bot routes to, card verb or message command. */
export type Route = (deps: DialogDeps, incoming: Incoming) => Promise<PrivateReply> | PrivateReply;

/** Card verbs → dialog steps. The same table serves Action.Execute and the Action.Submit fallback. */
export const ROUTES: Readonly<Record<string, Route>> = {
  'catalogue.setup': (deps, a) => showSetup(deps, a.lang, a.where, a.data),
  'session.create': (deps, a) => createSession(deps, a.lang, a.actor, a.where, a.data),
  'session.answer': async (deps, a) => keepControls(a.actor, a.where, await answerSession(deps, a.lang, a.actor, a.where, a.data)),
  'group.form': async (deps, a) => keepControls(a.actor, a.where, await showGroupForm(deps, a.lang, a.actor, a.where, a.data)),
  'group.contribute': async (deps, a) => keepControls(a.actor, a.where, await saveGroupContribution(deps, a.lang, a.actor, a.where, a.data)),
  'session.assign': async (deps, a) => keepControls(a.actor, a.where, await assignPerspective(deps, a.lang, a.actor, a.where, a.data)),
  'session.view': async (deps, a) => settleCommandReply(deps, a.where, a.data, await viewSession(deps, a.lang, a.actor, a.where, a.data)),
  'session.closeAsk': (deps, a) => askClose(deps, a.lang, a.actor, a.where, a.data),
  'session.close': async (deps, a) => settleCommandReply(deps, a.where, a.data, await requestClose(deps, a.lang, a.actor, a.where, a.data)),
  'session.result': (deps, a) => saveResult(deps, a.lang, a.actor, a.where, a.data),
  'result.followUp': (deps, a) => planFollowUp(deps, a.lang, a.actor, a.where, a.data),
  'result.view': (deps, a) => viewResult(deps, a.lang, a.actor, a.where, a.data),
  'status.view': async (deps, a) => reply('statusView', await statusCard(deps, a.lang, a.actor, a.where, true)),
  'session.cancel': (deps, a) => requestCancel(deps, a.lang, a.actor, a.where, a.data),
  'session.cancelConfirm': async (deps, a) => settleCommandReply(deps, a.where, a.data, await confirmCancel(deps, a.lang, a.actor, a.where, a.data)),
  'schedule.save': (deps, a) => saveSchedule(deps, a.lang, a.actor, a.where, a.data),
  'schedule.saveConfirm': (deps, a) => saveSchedule(deps, a.lang, a.actor, a.where, a.data, true),
  'schedule.keepExisting': (_deps, a) => keepExisting(a.lang),
  'schedule.pause': (deps, a) => pauseSchedule(deps, a.actor, a.where, a.data, true),
  'schedule.resume': (deps, a) => pauseSchedule(deps, a.actor, a.where, a.data, false),
  'schedule.edit': (deps, a) => editScheduleForm(deps, a.actor, a.where, a.data),
  'schedule.delete': (deps, a) => deleteSchedule(deps, a.actor, a.where, a.data, false),
  'schedule.deleteConfirm': (deps, a) => deleteSchedule(deps, a.actor, a.where, a.data, true),
  'schedule.deleteCancel': (_deps, a) => keepSchedule(a.lang),
  'data.delete': (deps, a) => requestDataDelete(deps, a.actor, a.where),
  'data.deleteConfirm': (deps, a) => confirmDataDelete(deps, a.actor, a.where),
  'data.deleteCancel': (deps, a) => keepData(deps, a.where),
};

/**
 * Verbs that only show something (a view Teams asks for, a question, a form): when storage is too
 * slow for them, there is nothing being saved to report later, so the clicker is asked to try again.
 */
const SHOWS_ONLY: ReadonlySet<string> = new Set(['group.form', 'session.view', 'status.view', 'session.closeAsk', 'session.cancel', 'catalogue.setup', 'schedule.edit', 'result.view']);

export function showsOnly(verb: unknown): boolean {
  return typeof verb === 'string' && SHOWS_ONLY.has(verb);
}

export function routeFor(verb: unknown): Route | undefined {
  return typeof verb === 'string' && Object.prototype.hasOwnProperty.call(ROUTES, verb) ? ROUTES[verb] : undefined;
}

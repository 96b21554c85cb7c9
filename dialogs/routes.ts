import { catalogueCard } from '../cards/catalogue-card';
import { helpCard, type HelpOptions } from '../cards/help-card';
import type { AdaptiveCard } from '../cards/render';
import type { Language } from '../domain/exercise';
import { answerSession, assignPerspective } from './answer-session';
import { confirmCancel, requestCancel } from './cancel-session';
import { agreeActions } from './carry-actions';
import { askClose, requestClose } from './close-session';
import { addCoFacilitators } from './co-facilitators';
import { settleCommandReply } from './command-reply';
import { confirmDataDelete, deleteDataPrompt, keepData, requestDataDelete } from './delete-data';
import type { DialogDeps } from './deps';
import { keepControls, viewSession } from './facilitator-view';
import { meetingRatingCommand } from './meeting-rating';
import { planFollowUp } from './follow-up';
import { saveGroupContribution, showGroupForm } from './group-contribution';
import { reply, type PrivateReply } from './reply';
import { saveResult, viewResult } from './result-session';
import { retentionCommand } from './retention-setting';
import { deleteSchedule, editScheduleForm, keepExisting, keepSchedule, pauseSchedule, saveSchedule, scheduleForm, scheduleList } from './schedules';
import { createSession, showSetup } from './start-session';
import { statusCard } from './status';
import { teamLanguage } from './team-language';
import type { Actor, Where } from './teams-port';
import { cancelFromThread, closeFromThread } from './thread-commands';

/** Whatever arrives for a dialog step: a card's click (its data) or a message command (its words). */
export interface Incoming {
  /** The team's language in a team, the Teams locale's in personal chat (language.ts). */
  lang: Language;
  actor: Actor;
  where: Where;
  /** The card's data; a message command has none. */
  data: Record<string, unknown>;
  /** A message command's words after the command word, as written, and the people @mentioned besides the bot. */
  said?: { rest: string; mentioned: Actor[] };
}

/** One signature for every dialog step, reached by a click or by words. */
export type Route = (deps: DialogDeps, incoming: Incoming) => Promise<PrivateReply> | PrivateReply;

/**
 * A step reached by a card's verb. `showsOnly`: it saves nothing (a view, a question, a form), so
 * when storage is too slow the clicker is simply asked to try again (bot/kernedialog-bot.ts).
 */
interface Click {
  run: Route;
  showsOnly?: true;
}

/** A step reached by a message: its words (Danish first, the manifest's; then without æøå; then English) and its line on the help card. */
interface Words {
  run: Route;
  words: readonly string[];
  helpKey: string;
}

/** A step that answers with a card and nothing to refuse. */
const shows =
  (outcome: string, card: (deps: DialogDeps, c: Incoming) => Promise<AdaptiveCard> | AdaptiveCard): Route =>
  async (deps, c) =>
    reply(outcome, await card(deps, c));
/** After a participant's click, a facilitator's card keeps her buttons (facilitator-view.ts). */
const keeping =
  (step: (deps: DialogDeps, lang: Language, actor: Actor, where: Where, data: Record<string, unknown>) => Promise<PrivateReply>): Route =>
  async (deps, c) =>
    keepControls(c.actor, c.where, await step(deps, c.lang, c.actor, c.where, c.data));
/** A step a card or a message may have asked for; the reply replaces the question (command-reply.ts). */
const settling =
  (step: (deps: DialogDeps, lang: Language, actor: Actor, where: Where, data: Record<string, unknown>) => Promise<PrivateReply>): Route =>
  async (deps, c) =>
    settleCommandReply(deps, c.where, c.data, await step(deps, c.lang, c.actor, c.where, c.data));

const catalogue = shows('catalogue', async (deps, c) => catalogueCard(c.lang, await deps.teams.templates(c.where.teamId)));
/** What follows the command word, as written. */
const rest = (c: Incoming): string => c.said?.rest ?? '';
/** The first word after the command, if any: "30" in "opbevaring 30". */
const argument = (c: Incoming): string | undefined => rest(c).split(/\s+/)[0] || undefined;

/**
 * Everything that arrives → its dialog step, in one table: card verbs (the same for Action.Execute
 * and the Action.Submit fallback) and message commands. A click reaches only the steps without
 * words and a message only those with, so a card's payload can never call a command that trusts
 * a message's @mentions. The help card lists the commands in this order, and the manifest's
 * command lists may only name words from here.
 */
const STEPS = {
  'catalogue.setup': { run: (deps, a) => showSetup(deps, a.lang, a.where, a.data), showsOnly: true },
  'session.create': { run: (deps, a) => createSession(deps, a.lang, a.actor, a.where, a.data) },
  'session.answer': { run: keeping(answerSession) },
  'group.form': { run: keeping(showGroupForm), showsOnly: true },
  'group.contribute': { run: keeping(saveGroupContribution) },
  'session.assign': { run: keeping(assignPerspective) },
  'session.view': { run: settling(viewSession), showsOnly: true },
  'session.closeAsk': { run: (deps, a) => askClose(deps, a.lang, a.actor, a.where, a.data), showsOnly: true },
  'session.close': { run: settling(requestClose) },
  'session.result': { run: (deps, a) => saveResult(deps, a.lang, a.actor, a.where, a.data) },
  'result.followUp': { run: (deps, a) => planFollowUp(deps, a.lang, a.actor, a.where, a.data) },
  'result.view': { run: (deps, a) => viewResult(deps, a.lang, a.actor, a.where, a.data), showsOnly: true },
  'status.view': { run: shows('statusView', (deps, a) => statusCard(deps, a.lang, a.actor, a.where, true)), showsOnly: true },
  'session.cancel': { run: (deps, a) => requestCancel(deps, a.lang, a.actor, a.where, a.data), showsOnly: true },
  'session.cancelConfirm': { run: settling(confirmCancel) },
  'schedule.save': { run: (deps, a) => saveSchedule(deps, a.lang, a.actor, a.where, a.data) },
  'schedule.saveConfirm': { run: (deps, a) => saveSchedule(deps, a.lang, a.actor, a.where, a.data, true) },
  'schedule.keepExisting': { run: (_deps, a) => keepExisting(a.lang) },
  'schedule.pause': { run: (deps, a) => pauseSchedule(deps, a.actor, a.where, a.data, true) },
  'schedule.resume': { run: (deps, a) => pauseSchedule(deps, a.actor, a.where, a.data, false) },
  'schedule.edit': { run: (deps, a) => editScheduleForm(deps, a.actor, a.where, a.data), showsOnly: true },
  'schedule.delete': { run: (deps, a) => deleteSchedule(deps, a.actor, a.where, a.data, false) },
  'schedule.deleteConfirm': { run: (deps, a) => deleteSchedule(deps, a.actor, a.where, a.data, true) },
  'schedule.deleteCancel': { run: (_deps, a) => keepSchedule(a.lang) },
  'data.delete': { run: (deps, a) => requestDataDelete(deps, a.lang, a.actor, a.where) },
  'data.deleteConfirm': { run: (deps, a) => confirmDataDelete(deps, a.lang, a.actor, a.where) },
  'data.deleteCancel': { run: (_deps, a) => keepData(a.lang, a.where) },

  'say.start': { words: ['start'], helpKey: 'help.command.start', run: catalogue },
  'say.status': { words: ['status'], helpKey: 'help.command.status', run: shows('status', (deps, c) => statusCard(deps, c.lang, c.actor, c.where)) },
  'say.planlaeg': { words: ['planlæg', 'planlaeg', 'schedule'], helpKey: 'help.command.planlaeg', run: (_deps, c) => scheduleForm(c.lang, c.where) },
  'say.planer': { words: ['planer', 'schedules'], helpKey: 'help.command.planer', run: (deps, c) => scheduleList(deps, c.lang, c.actor, c.where) },
  'say.aftal': { words: ['aftal', 'agree'], helpKey: 'help.command.aftal', run: (deps, c) => agreeActions(deps, c.lang, c.actor, c.where, rest(c)) },
  'say.medfacilitator': {
    words: ['medfacilitator', 'cofacilitator', 'co-facilitator'],
    helpKey: 'help.command.medfacilitator',
    run: (deps, c) => addCoFacilitators(deps, c.lang, c.actor, c.where, c.said?.mentioned ?? []),
  },
  'say.luk': { words: ['luk', 'afslut', 'close', 'end'], helpKey: 'help.command.luk', run: (deps, c) => closeFromThread(deps, c.lang, c.actor, c.where) },
  'say.aflys': { words: ['aflys', 'cancel'], helpKey: 'help.command.aflys', run: (deps, c) => cancelFromThread(deps, c.lang, c.actor, c.where) },
  'say.opbevaring': { words: ['opbevaring', 'retention'], helpKey: 'help.command.opbevaring', run: (deps, c) => retentionCommand(deps, c.lang, c.actor, c.where, argument(c)) },
  'say.sletData': { words: ['slet data', 'delete data'], helpKey: 'help.command.sletData', run: (deps, c) => deleteDataPrompt(deps, c.lang, c.actor, c.where) },
  'say.sprog': { words: ['sprog', 'language'], helpKey: 'help.command.sprog', run: (deps, c) => teamLanguage(deps, c.lang, c.actor, c.where, argument(c)) },
  'say.moedevurdering': {
    words: ['mødevurdering', 'moedevurdering', 'meeting rating'],
    helpKey: 'help.command.moedevurdering',
    run: (deps, c) => meetingRatingCommand(deps, c.lang, c.actor, c.where, rest(c)),
  },
  'say.hjaelp': { words: ['hjælp', 'hjaelp', 'help'], helpKey: 'help.command.hjaelp', run: shows('help', (_deps, c) => commandHelp(c.lang, { chat: c.where.kind === 'chat' })) },
} satisfies Record<string, Click | Words>;

const ALL: readonly (Click | Words)[] = Object.values(STEPS);
const isWords = (step: Click | Words): step is Words => 'words' in step;

/** The message commands, in the order of the help card. */
export const COMMANDS: readonly Words[] = ALL.filter(isWords);

/** The step a click's verb names, if any: never a message command, nothing from the prototype. */
function clickFor(verb: unknown): Click | undefined {
  if (typeof verb !== 'string' || !Object.hasOwn(STEPS, verb)) return undefined;
  const step: Click | Words = STEPS[verb as keyof typeof STEPS];
  return isWords(step) ? undefined : step;
}

/** The step a card's verb names; never a message command. */
export function routeFor(verb: unknown): Route | undefined {
  return clickFor(verb)?.run;
}

/** Whether the verb's step only shows something: see `Click.showsOnly`. */
export function showsOnly(verb: unknown): boolean {
  return clickFor(verb)?.showsOnly === true;
}

/**
 * The command that `text` starts with (one or two words, any case), and what follows it.
 *
 * @example commandOf('Slet data nu') // { command: <slet data>, rest: 'nu' }
 * @example commandOf('slet') // undefined: "slet" alone is not a command
 */
export function commandOf(text: string): { command: Words; rest: string } | undefined {
  // Words at even places, the spaces between them at odd ones, so the rest keeps its line breaks.
  const parts = text.trim().split(/(\s+)/);
  for (const n of [2, 1]) {
    if (parts.length < 2 * n - 1) continue;
    const said = parts
      .slice(0, 2 * n - 1)
      .join('')
      .replace(/\s+/g, ' ')
      .toLowerCase();
    const command = COMMANDS.find((c) => c.words.includes(said));
    if (command) return { command, rest: parts.slice(2 * n).join('') };
  }
  return undefined;
}

/**
 * The answer to a channel or group-chat message, `text` being what follows the mention: an empty
 * mention gets the catalogue, a word the bot does not know gets the help and says so.
 */
export async function answerCommand(deps: DialogDeps, text: string, c: Omit<Incoming, 'data' | 'said'> & { mentioned: Actor[] }): Promise<PrivateReply> {
  const incoming = (said: string): Incoming => ({ lang: c.lang, actor: c.actor, where: c.where, data: {}, said: { rest: said, mentioned: c.mentioned } });
  if (text.trim() === '') return catalogue(deps, incoming(''));
  const found = commandOf(text);
  if (!found) return reply('notUnderstood', commandHelp(c.lang, { notUnderstood: text.trim().split(/\s+/)[0], chat: c.where.kind === 'chat' }));
  return found.command.run(deps, incoming(found.rest));
}

/** The help card listing every command; personal chat gets it for any message, since the commands are for a team's channels. */
export function commandHelp(lang: Language, options: HelpOptions = {}): AdaptiveCard {
  return helpCard(
    lang,
    COMMANDS.map((c) => c.helpKey),
    options,
  );
}

import { catalogueCard } from '../cards/catalogue-card';
import { helpCard, type HelpOptions } from '../cards/help-card';
import type { AdaptiveCard } from '../cards/render';
import type { Language } from '../domain/exercise';
import { agreeActions } from '../dialogs/carry-actions';
import { addCoFacilitators } from '../dialogs/co-facilitators';
import { deleteDataPrompt } from '../dialogs/delete-data';
import type { DialogDeps } from '../dialogs/deps';
import { retentionCommand } from '../dialogs/retention-setting';
import { scheduleForm, scheduleList } from '../dialogs/schedules';
import { teamLanguage } from '../dialogs/team-language';
import type { Actor } from '../dialogs/teams-port';
import { reply, type PrivateReply } from '../dialogs/reply';
import type { Incoming, Route } from './routes';
import { cancelFromThread, closeFromThread } from '../dialogs/thread-commands';
import { statusCard } from '../dialogs/status';

interface Command {
  /** The words that call it: Danish first (the manifest's), then without æøå, then English. */
  words: readonly string[];
  /** Its line on the help card. */
  helpKey: string;
  run: Route;
}

/** A step that answers with a card in the channel, as a route's reply. */
const answers = (outcome: string, card: (deps: DialogDeps, c: Incoming) => Promise<AdaptiveCard> | AdaptiveCard): Route => async (deps, c) => reply(outcome, await card(deps, c));

const catalogue = answers('catalogue', async (deps, c) => catalogueCard(c.lang, await deps.teams.templates(c.where.teamId)));

/** What follows the command word, as written. */
const rest = (c: Incoming): string => c.said?.rest ?? '';

/** The first word after the command, if any: "30" in "opbevaring 30". */
const argument = (c: Incoming): string | undefined => rest(c).split(/\s+/)[0] || undefined;

/**
 * Message commands → dialog steps, with the same signature as the card verbs in bot/routes.ts.
 * The help card lists them in this order, and the manifest's command lists may only name words from here.
 */
export const COMMANDS: readonly Command[] = [
  { words: ['start'], helpKey: 'help.command.start', run: catalogue },
  { words: ['status'], helpKey: 'help.command.status', run: answers('status', (deps, c) => statusCard(deps, c.lang, c.actor, c.where)) },
  { words: ['planlæg', 'planlaeg', 'schedule'], helpKey: 'help.command.planlaeg', run: answers('scheduleForm', (deps, c) => scheduleForm(deps, c.where)) },
  { words: ['planer', 'schedules'], helpKey: 'help.command.planer', run: answers('scheduleList', (deps, c) => scheduleList(deps, c.actor, c.where)) },
  { words: ['aftal', 'agree'], helpKey: 'help.command.aftal', run: answers('agree', (deps, c) => agreeActions(deps, c.actor, c.where, rest(c))) },
  { words: ['medfacilitator', 'cofacilitator', 'co-facilitator'], helpKey: 'help.command.medfacilitator', run: answers('coFacilitator', (deps, c) => addCoFacilitators(deps, c.lang, c.actor, c.where, c.said?.mentioned ?? [])) },
  { words: ['luk', 'afslut', 'close', 'end'], helpKey: 'help.command.luk', run: answers('close', (deps, c) => closeFromThread(deps, c.lang, c.actor, c.where)) },
  { words: ['aflys', 'cancel'], helpKey: 'help.command.aflys', run: answers('cancel', (deps, c) => cancelFromThread(deps, c.lang, c.actor, c.where)) },
  { words: ['opbevaring', 'retention'], helpKey: 'help.command.opbevaring', run: answers('retention', (deps, c) => retentionCommand(deps, c.actor, c.where, argument(c))) },
  { words: ['slet data', 'delete data'], helpKey: 'help.command.sletData', run: answers('deleteData', (deps, c) => deleteDataPrompt(deps, c.actor, c.where)) },
  { words: ['sprog', 'language'], helpKey: 'help.command.sprog', run: answers('language', (deps, c) => teamLanguage(deps, c.lang, c.actor, c.where, argument(c))) },
  { words: ['hjælp', 'hjaelp', 'help'], helpKey: 'help.command.hjaelp', run: answers('help', (_deps, c) => commandHelp(c.lang)) },
];

const HELP_KEYS = COMMANDS.map((c) => c.helpKey);

/**
 * The command that `text` starts with (one or two words, any case), and what follows it.
 *
 * @example commandOf('Slet data nu') // { command: <slet data>, rest: 'nu' }
 * @example commandOf('slet') // undefined: "slet" alone is not a command
 */
export function commandOf(text: string): { command: Command; rest: string } | undefined {
  // Words at even places, the spaces between them at odd ones, so the rest keeps its line breaks.
  const parts = text.trim().split(/(\s+)/);
  for (const n of [2, 1]) {
    if (parts.length < 2 * n - 1) continue;
    const said = parts.slice(0, 2 * n - 1).join('').replace(/\s+/g, ' ').toLowerCase();
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
  const incoming = (rest: string): Incoming => ({ lang: c.lang, actor: c.actor, where: c.where, data: {}, said: { rest, mentioned: c.mentioned } });
  if (text.trim() === '') return catalogue(deps, incoming(''));
  const found = commandOf(text);
  if (!found) return reply('notUnderstood', commandHelp(c.lang, { notUnderstood: text.trim().split(/\s+/)[0] }));
  return found.command.run(deps, incoming(found.rest));
}

/** The help card listing every command here; personal chat gets it for any message, since the commands are for a team's channels. */
export function commandHelp(lang: Language, options: HelpOptions = {}): AdaptiveCard {
  return helpCard(lang, HELP_KEYS, options);
}

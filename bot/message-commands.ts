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
import type { Actor, Where } from '../dialogs/teams-port';
import { cancelFromThread, closeFromThread } from '../dialogs/thread-commands';
import { statusCard } from '../dialogs/status';

/** A message to the bot, once the mention and the command word are taken off. */
export interface MessageCommand {
  /** The team's language in a team, the Teams locale's in personal chat (language-of.ts). */
  lang: Language;
  actor: Actor;
  where: Where;
  /** What follows the command word, as written (case kept): "A; B; C" after "aftal". */
  rest: string;
  /** The people @mentioned besides the bot. */
  mentioned: Actor[];
}

type Handler = (deps: DialogDeps, c: MessageCommand) => Promise<AdaptiveCard> | AdaptiveCard;

interface Command {
  /** The words that call it: Danish first (the manifest's), then without æøå, then English. */
  words: readonly string[];
  /** Its line on the help card. */
  helpKey: string;
  run: Handler;
}

const catalogue: Handler = async (deps, c) => catalogueCard(c.lang, await deps.teams.templates(c.where.teamId));

/** The first word after the command, if any: "30" in "opbevaring 30". */
const argument = (c: MessageCommand): string | undefined => c.rest.split(/\s+/)[0] || undefined;

/**
 * Message commands → dialog steps, as bot/routes.ts is for card verbs. The help card lists
 * them in this order, and the manifest's command lists may only name words from here.
 */
export const COMMANDS: readonly Command[] = [
  { words: ['start'], helpKey: 'help.command.start', run: catalogue },
  { words: ['status'], helpKey: 'help.command.status', run: (deps, c) => statusCard(deps, c.lang, c.actor, c.where) },
  { words: ['planlæg', 'planlaeg', 'schedule'], helpKey: 'help.command.planlaeg', run: (deps, c) => scheduleForm(deps, c.where) },
  { words: ['planer', 'schedules'], helpKey: 'help.command.planer', run: (deps, c) => scheduleList(deps, c.actor, c.where) },
  { words: ['aftal', 'agree'], helpKey: 'help.command.aftal', run: (deps, c) => agreeActions(deps, c.actor, c.where, c.rest) },
  { words: ['medfacilitator', 'cofacilitator', 'co-facilitator'], helpKey: 'help.command.medfacilitator', run: (deps, c) => addCoFacilitators(deps, c.lang, c.actor, c.where, c.mentioned) },
  { words: ['luk', 'afslut', 'close', 'end'], helpKey: 'help.command.luk', run: (deps, c) => closeFromThread(deps, c.lang, c.actor, c.where) },
  { words: ['aflys', 'cancel'], helpKey: 'help.command.aflys', run: (deps, c) => cancelFromThread(deps, c.lang, c.actor, c.where) },
  { words: ['opbevaring', 'retention'], helpKey: 'help.command.opbevaring', run: (deps, c) => retentionCommand(deps, c.actor, c.where, argument(c)) },
  { words: ['slet data', 'delete data'], helpKey: 'help.command.sletData', run: (deps, c) => deleteDataPrompt(deps, c.actor, c.where) },
  { words: ['sprog', 'language'], helpKey: 'help.command.sprog', run: (deps, c) => teamLanguage(deps, c.lang, c.actor, c.where, argument(c)) },
  { words: ['hjælp', 'hjaelp', 'help'], helpKey: 'help.command.hjaelp', run: (_deps, c) => commandHelp(c.lang) },
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
 * The card for a channel or group-chat message, `text` being what follows the mention: an empty
 * mention gets the catalogue, a word the bot does not know gets the help and says so.
 */
export async function answerCommand(deps: DialogDeps, text: string, c: Omit<MessageCommand, 'rest'>): Promise<AdaptiveCard> {
  if (text.trim() === '') return catalogue(deps, { ...c, rest: '' });
  const found = commandOf(text);
  if (!found) return commandHelp(c.lang, { notUnderstood: text.trim().split(/\s+/)[0] });
  return found.command.run(deps, { ...c, rest: found.rest });
}

/** The help card listing every command here; personal chat gets it for any message, since the commands are for a team's channels. */
export function commandHelp(lang: Language, options: HelpOptions = {}): AdaptiveCard {
  return helpCard(lang, HELP_KEYS, options);
}

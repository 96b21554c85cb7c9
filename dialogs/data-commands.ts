import type { AdaptiveCard } from '../cards/render';
import { deleteDataPrompt } from './delete-data';
import type { DialogDeps } from './deps';
import { retentionCommand } from './retention-setting';
import type { Actor, Where } from './teams-port';

const DELETE_WORDS = ['slet', 'delete'];
const RETENTION_WORDS = ['opbevaring', 'retention'];

/**
 * The data commands of issue 6, from the message text without the mention: "slet data" /
 * "delete data", and "opbevaring [dage]" / "retention [days]". Undefined for any other text,
 * so the bot's own commands and the catalogue carry on as before.
 *
 * @example await dataCommand(deps, actor, where, 'opbevaring 30') // the "new retention period" card, or a refusal
 * @example await dataCommand(deps, actor, where, 'slet') // undefined: "slet" alone is not a command
 */
export async function dataCommand(deps: DialogDeps, actor: Actor, where: Where, text: string): Promise<AdaptiveCard | undefined> {
  const [command, argument] = text.trim().toLowerCase().split(/\s+/);
  if (DELETE_WORDS.includes(command) && argument === 'data') return deleteDataPrompt(deps, actor, where);
  if (RETENTION_WORDS.includes(command)) return retentionCommand(deps, actor, where, argument);
  return undefined;
}

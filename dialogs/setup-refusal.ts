import { problemTexts } from '../cards/notice-card';
import { setupCard } from '../cards/setup-card';
import { chatWording } from '../cards/chat-naming';
import type { ExerciseDefinition, Language } from '../domain/exercise';
import type { Problem } from '../domain/validation/problem';
import type { DialogDeps } from './deps';
import { channelMemberCount } from './member-count';
import { reply, type PrivateReply } from './reply';
import type { Where } from './teams-port';

/**
 * The setup form again, after a submit it could not start: the facilitator's values and what to
 * change. Nothing is stored. `members` is the count already read, if any.
 *
 * @example await setupRefusal(deps, 'da', def, where, data, [{ key: 'setup.error.assignedTooFew', … }]) // outcome 'teamTooSmall'
 */
export async function setupRefusal(
  deps: DialogDeps,
  lang: Language,
  def: ExerciseDefinition,
  where: Where,
  data: Record<string, unknown>,
  problems: readonly Problem[],
  members?: number,
): Promise<PrivateReply> {
  members ??= await channelMemberCount(deps, where);
  // A note (setup.note.*) is the form's next step, not a mistake: it is shown as plain text, not in red.
  const notes = problems.filter((p) => p.key.startsWith('setup.note.'));
  const errors = problems.filter((p) => !notes.includes(p));
  const outcome = errors.some((p) => p.key === 'setup.error.assignedTooFew') ? 'teamTooSmall' : errors.length ? 'invalidSettings' : 'moreFields';
  // In a chat, "chatten" rather than "kanalen" (cards/chat-naming.ts).
  const here = (list: readonly Problem[]) =>
    problemTexts(
      lang,
      list.map((p) => ({ ...p, key: chatWording(where, p.key) })),
    );
  return reply(outcome, setupCard(lang, def, data, here(errors), members, here(notes), where));
}

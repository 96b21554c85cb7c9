import type { Language } from '../domain/exercise';
import { assignedNeeds, PERSPECTIVE_COUNT } from '../domain/validation/team-size';
import { K_MIN } from '../domain/session';
import { t } from './i18n';
import type { SessionPlace } from '../domain/session';
import { chatWording } from './chat-naming';

/** An example group count for the rule, until the facilitator has typed her own groups. */
const EXAMPLE_GROUPS = 3;

/**
 * What the setup form says about team size, with numbers for the form's k: the smallest team each
 * option needs, the channel's member count (or that it could not be read), and warnings where the
 * channel is too small. Only the member count is used, never who the members are.
 *
 * @example teamSizeTexts('da', { k: 5, members: 6, hasPerspectives: true }).warnings
 *   // ['Kanalen er for lille til «Hver deltager får ét perspektiv»: det kræver mindst 15 medlemmer, og kanalen har 6. …']
 */
export function teamSizeTexts(
  lang: Language,
  o: { k: number; members?: number; hasPerspectives: boolean; needsGroups?: boolean; groups?: number; place?: Pick<SessionPlace, 'kind'> },
): { lines: string[]; warnings: string[] } {
  const { k, members } = o;
  // In a group or meeting chat the members are the chat's: "chatten", not "kanalen".
  const w = (key: string) => chatWording(o.place, key);
  const lines = [members === undefined ? t(lang, w('setup.teamSize.unknown')) : t(lang, w('setup.teamSize.members'), { members }), t(lang, 'setup.teamSize.all', { k })];
  const warnings: string[] = [];
  // The facilitator is a member, yet her own answer never counts toward k (docs/anonymity.md):
  // a channel of exactly k members can never show a result either.
  if (members !== undefined && members - 1 < k) warnings.push(t(lang, w('setup.teamSize.warnAll'), { members, k, others: Math.max(0, members - 1) }));
  if (o.hasPerspectives) {
    const needed = assignedNeeds(k);
    lines.push(t(lang, w('setup.teamSize.assigned'), { k, needed, perspectives: PERSPECTIVE_COUNT }));
    if (members !== undefined && members < needed && members >= k) {
      const fitting = Math.floor(members / PERSPECTIVE_COUNT);
      warnings.push(t(lang, w('setup.teamSize.warnAssigned'), { members, needed }) + (fitting >= K_MIN ? ` ${t(lang, w('setup.error.assignedLowerK'), { members, k: fitting })}` : ''));
    }
  }
  if (o.needsGroups) {
    // Each group is shown on its own only from k answers (docs/anonymity.md, point 5).
    const groups = o.groups ?? EXAMPLE_GROUPS;
    lines.push(t(lang, 'setup.teamSize.groups', { k }), t(lang, o.groups ? 'setup.teamSize.groupsNeeded' : 'setup.teamSize.groupsExample', { groups, needed: groups * k }));
    const shown = members === undefined ? undefined : Math.floor(members / k);
    if (shown !== undefined && members! >= k && shown < groups) warnings.push(t(lang, w('setup.teamSize.warnGroups'), { members: members!, k, shown }));
  }
  lines.push(t(lang, 'setup.teamSize.kChanges', { k }));
  return { lines, warnings };
}

import type { Language } from '../domain/exercise';
import { assignedNeeds, checkAssignedSize, countingMembers, PERSPECTIVE_COUNT } from '../domain/validation/team-size';
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
 * @example teamSizeTexts('da', { k: 5, members: 15, hasPerspectives: true }).warnings
 *   // ['Kanalen er for lille til »Hver deltager får ét perspektiv«: det kræver mindst 16 medlemmer, og kanalen har 15. …']
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
  // a channel of exactly k members can never show a result either, and then that is the one warning.
  const others = members === undefined ? undefined : countingMembers(members);
  const belowK = others !== undefined && others < k;
  if (belowK) warnings.push(t(lang, w('setup.teamSize.warnAll'), { members: members!, k, others }));
  if (o.hasPerspectives) {
    lines.push(t(lang, w('setup.teamSize.assigned'), { k, needed: assignedNeeds(k), perspectives: PERSPECTIVE_COUNT }));
    // The same problems a submit is refused with, so the form warns exactly where setup would refuse.
    const [tooFew, lowerK] = checkAssignedSize(k, members);
    if (tooFew && !belowK) {
      const why = t(lang, w('setup.teamSize.warnAssigned'), tooFew.vars);
      warnings.push(lowerK ? `${why} ${t(lang, w(lowerK.key), lowerK.vars)}` : why);
    }
  }
  if (o.needsGroups) {
    // Each group is shown on its own only from k answers (docs/anonymity.md, point 5), the facilitator's not counted.
    const groups = o.groups ?? EXAMPLE_GROUPS;
    lines.push(t(lang, 'setup.teamSize.groups', { k }), t(lang, o.groups ? 'setup.teamSize.groupsNeeded' : 'setup.teamSize.groupsExample', { groups, needed: groups * k }));
    const shown = others === undefined ? undefined : Math.floor(others / k);
    if (shown !== undefined && !belowK && shown < groups) warnings.push(t(lang, w('setup.teamSize.warnGroups'), { members: members!, k, shown }));
  }
  lines.push(t(lang, 'setup.teamSize.kChanges', { k }));
  return { lines, warnings };
}

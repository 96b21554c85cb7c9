import { roundWording } from '../cards/round-wording';
import { escapeMarkdown } from '../cards/escape';
import type { CheckinSchedule } from '../domain/checkins/schedule';
import { canManage } from '../domain/checkins/manage';
import type { Language } from '../domain/exercise';
import { isFacilitator, type Session } from '../domain/session';
import { refusal, type PrivateReply } from './reply';
import type { Actor } from './teams-port';

/**
 * Who may steer what, each answered the same way: nothing when `actor` may, otherwise the refusal
 * that names who can, in the language of the thing asked about. A session is steered by its
 * facilitator and co-facilitators; only its facilitator adds co-facilitators (`'facilitator'`);
 * a schedule is changed by its owner and co-facilitators.
 *
 * @example onlySteerers({ session }, lars) // undefined for the facilitator, "Kun øvelsens facilitator …" for anyone else
 */
export function onlySteerers(of: { session: Session; who?: 'facilitators' | 'facilitator' } | { schedule: CheckinSchedule }, actor: Actor): PrivateReply | undefined {
  if ('schedule' in of) {
    const { schedule } = of;
    return canManage(schedule, actor.id) ? undefined : refusal(schedule.language, 'notOwner', 'schedule.error.notOwner', { name: escapeMarkdown(schedule.owner.name) });
  }
  const { session, who = 'facilitators' } = of;
  const lang: Language = session.settings.language;
  const name = escapeMarkdown(session.facilitator.name);
  if (who === 'facilitator') return session.facilitator.id === actor.id ? undefined : refusal(lang, 'notFacilitator', 'coFacilitator.onlyFacilitator', { name });
  return isFacilitator(session, actor.id) ? undefined : refusal(lang, 'notFacilitator', roundWording(session, 'error.onlyFacilitator'), { name });
}

import type { Activity } from 'botbuilder';
import { languageOfLocale } from '../cards/i18n';
import type { Language } from '../domain/exercise';
import type { TeamRegistry } from '../storage/team-registry';
import { whereOf } from './activity-context';

/**
 * The language of the cards the bot answers this activity with, worked out once per activity.
 * In personal chat, the person's own Teams locale. Anywhere else, the team's language: Danish
 * until a facilitator changes it with "sprog", because many Danish teams run Teams in English
 * and the Agents Playground always sends en-US. A group chat outside a team
 * has no team to ask, so it is Danish.
 *
 * @example await languageOf({ conversation: { conversationType: 'channel' }, locale: 'en-US', … }, teams) // 'da' for a team that never chose English
 */
export async function languageOf(activity: Activity, teams: TeamRegistry): Promise<Language> {
  if (isPersonal(activity)) return languageOfLocale(activity.locale);
  return teams.language(whereOf(activity).teamId);
}

/** The language when storage cannot say (down or slow): a team's language before anyone changes it. */
export function defaultLanguageOf(activity: Activity): Language {
  return isPersonal(activity) ? languageOfLocale(activity.locale) : 'da';
}

const isPersonal = (activity: Activity) => activity.conversation?.conversationType === 'personal';

import type { Activity } from 'botbuilder';
import type { Asking } from '../dialogs/language';
import { whereOf } from './activity-context';

/** The facts of an activity that decide its language (dialogs/language.ts). */
export function askingOf(activity: Activity): Asking {
  return { personal: activity.conversation?.conversationType === 'personal', locale: activity.locale, teamId: whereOf(activity).teamId };
}

import { fieldText } from '../validation/field-text';
import { cleanRule } from './check-rrule';
import type { ScheduleSettings } from './schedule';
import { readTimeOfDay } from './time-of-day';

/** Something saved otherwise than it was typed, for the confirmation to state, so the leader is never surprised by when a round opens. */
export interface SavedChange {
  field: 'time' | 'timeZone' | 'rrule';
  typed: string;
  saved: string;
}

/**
 * Where the saved settings differ from what the form sent: a time moved to its five-minute step,
 * a zone or a rule stored in its own spelling. A different spelling of the same time ("9.30") is
 * not a change; a field left empty takes its default, which the confirmation states anyway.
 *
 * @example savedChanges({ time: '14:07', timeZone: 'europe/copenhagen' }, { timeOfDay: '14:05', timeZone: 'Europe/Copenhagen', … })
 * // [{ field: 'time', typed: '14:07', saved: '14:05' }, { field: 'timeZone', typed: 'europe/copenhagen', saved: 'Europe/Copenhagen' }]
 */
export function savedChanges(input: Record<string, unknown>, settings: ScheduleSettings): SavedChange[] {
  const changes: SavedChange[] = [];
  const time = fieldText(input.time);
  if ((readTimeOfDay(time) ?? time) !== settings.timeOfDay) changes.push({ field: 'time', typed: time, saved: settings.timeOfDay });
  const zone = fieldText(input.timeZone);
  if (zone && zone !== settings.timeZone) changes.push({ field: 'timeZone', typed: zone, saved: settings.timeZone });
  const rule = fieldText(input.rrule);
  if (settings.cadence.kind === 'rrule' && rule !== settings.cadence.rule && cleanRule(rule) === settings.cadence.rule) {
    changes.push({ field: 'rrule', typed: rule, saved: settings.cadence.rule });
  }
  return changes;
}

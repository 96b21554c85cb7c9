/**
 * An Action.Execute with an Action.Submit fallback for Teams clients without Universal Actions, carrying the verb in its
 * data as well, so one handler serves both.
 *
 * @example executeAction('Slet', 'schedule.delete', { scheduleId: 's-1', version: 3 }, 'destructive')
 * // { type: 'Action.Execute', title: 'Slet', verb: 'schedule.delete', style: 'destructive', data: { verb: 'schedule.delete', scheduleId: 's-1', version: 3 },
 * //   fallback: { type: 'Action.Submit', title: 'Slet', data: { verb: 'schedule.delete', scheduleId: 's-1', version: 3 } } }
 */
export function executeAction(title: string, verb: string, data: Record<string, string | number>, style?: 'positive' | 'destructive') {
  const payload = { verb, ...data };
  return {
    type: 'Action.Execute',
    title,
    verb,
    ...(style ? { style } : {}),
    data: payload,
    fallback: { type: 'Action.Submit', title, data: payload },
  };
}

/**
 * A round's time of day. The form offers times in steps of TIME_STEP_MINUTES (a list a phone can
 * show), so a stored time is always on a step and an edit form can show it; a time typed between
 * two steps (an older card's time picker, a hand-made payload) is moved to the nearest step, and the
 * confirmation says so (saved-changes.ts).
 */
export const TIME_STEP_MINUTES = 5;
const DAY_MINUTES = 24 * 60;

/**
 * "HH:MM" on a 24-hour clock, or undefined; "9:00" and "9.30" are read as 09:00 and 09:30.
 *
 * @example readTimeOfDay('9.30') // '09:30'
 * @example readTimeOfDay('25:00') // undefined
 */
export function readTimeOfDay(raw: string): string | undefined {
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(raw.trim());
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return undefined;
  return `${m[1].padStart(2, '0')}:${m[2]}`;
}

/**
 * The nearest time on a step, never past 23:55 (that would be the next day).
 *
 * @example onTimeStep('14:07') // '14:05'
 * @example onTimeStep('23:58') // '23:55'
 */
export function onTimeStep(time: string): string {
  const [h, m] = time.split(':').map(Number);
  const last = DAY_MINUTES - TIME_STEP_MINUTES;
  const minutes = Math.min(last, Math.round((h * 60 + m) / TIME_STEP_MINUTES) * TIME_STEP_MINUTES);
  return clock(minutes);
}

/** @example timeSteps().slice(0, 2) // ['00:00', '00:05'] (288 in all) */
export function timeSteps(): string[] {
  return Array.from({ length: DAY_MINUTES / TIME_STEP_MINUTES }, (_, i) => clock(i * TIME_STEP_MINUTES));
}

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

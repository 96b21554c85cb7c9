import type { CheckinSchedule, ScheduleTiming } from '../../../domain/checkins/schedule';

/** A schedule's timing with the usual defaults; tests override what they are about. */
export function timing(over: Partial<ScheduleTiming> = {}): ScheduleTiming {
  return {
    cadence: { kind: 'weekly', weekday: 'MO' },
    timeOfDay: '09:00',
    timeZone: 'Europe/Copenhagen',
    startDate: '2027-01-01',
    roundLength: { amount: 3, unit: 'days' },
    ...over,
  };
}

export function schedule(over: Partial<CheckinSchedule> = {}): CheckinSchedule {
  return {
    schema: 1,
    id: 's-1',
    version: 1,
    templateId: 'kerneopgave-tjek',
    k: 5,
    language: 'da',
    reminderHours: [24, 48],
    owner: { id: '29:owner', name: 'Mette Holm' },
    coFacilitators: [],
    paused: false,
    createdAt: '2027-01-01T00:00:00.000Z',
    ...timing(),
    ...over,
  };
}

export const iso = (d: Date) => d.toISOString();

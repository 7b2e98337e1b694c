import { chinaDayOf } from '../../domain/service';
import { SERVICE_START_MS } from '../../domain/service/serviceHours';

const HOUR_MS = 3_600_000;

export const SNOOZE_CHOICES = ['hour', 'tomorrow'] as const;
export type SnoozeChoice = (typeof SNOOZE_CHOICES)[number];

/** When a snooze ends: in an hour, or tomorrow at 09:00 China time, when service hours start. */
export function snoozeUntil(choice: SnoozeChoice, now: number): string {
  if (choice === 'hour') return new Date(now + HOUR_MS).toISOString();
  return new Date(chinaDayOf(now).to + SERVICE_START_MS).toISOString();
}

import type { ReplyCountdown } from '../../domain/service';

/** Minutes and seconds, "2:41", of a duration in milliseconds (whole seconds, rounded up while counting down). */
export function minutesAndSeconds(ms: number): string {
  const seconds = Math.max(0, Math.ceil(Math.abs(ms) / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

export interface ClockText {
  /** i18n key of the short text shown in the row. */
  key: string;
  /** i18n key of the full sentence for assistive technology and the tooltip. */
  descriptionKey: string;
  values: { time: string; resumes: string };
}

/** Service hours start at 09:00 China time: a paused clock always resumes then. */
const SERVICE_RESUMES_AT = '09:00';

/** What a row says of its reply countdown: "2:41", "Breached +1:20", "Paused · resumes 09:00". */
export function clockText(countdown: ReplyCountdown): ClockText {
  const time = minutesAndSeconds(countdown.leftMs);
  const state = countdown.state;
  return {
    key: `service.inbox.clock.${state}`,
    descriptionKey: `service.inbox.clock.${state}_description`,
    values: { time, resumes: SERVICE_RESUMES_AT },
  };
}

// Times in the thread are China time: service hours, the 3-minute clock and the day separators all run on
// it, so an agent abroad sees the same "today" as the platform's figures.
const CHINA = 'Asia/Shanghai';

const tag = (locale: string) => (locale === 'zh' ? 'zh-CN' : locale);

export const formatMessageTime = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(tag(locale), { hour: '2-digit', minute: '2-digit', timeZone: CHINA }).format(
    new Date(iso),
  );

export const formatMessageDateTime = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(tag(locale), { dateStyle: 'medium', timeStyle: 'short', timeZone: CHINA }).format(
    new Date(iso),
  );

export const formatDay = (dayStart: number, locale: string) =>
  new Intl.DateTimeFormat(tag(locale), {
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: CHINA,
  }).format(new Date(dayStart));

import { da, type MessageKey } from './da';
import { en } from './en';

export type Locale = 'da' | 'en';
export type { MessageKey };

const catalogs: Record<Locale, Record<MessageKey, string>> = { da, en };

/** Picks English only when the browser prefers it; Danish otherwise. */
export function pickLocale(languages: readonly string[]): Locale {
  const first = languages[0]?.toLowerCase() ?? 'da';
  return first.startsWith('en') ? 'en' : 'da';
}

export function t(key: MessageKey, params: Record<string, string | number> = {}, locale: Locale = 'da'): string {
  return catalogs[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

const TIME_ZONE = 'Europe/Copenhagen';

// Building a formatter costs far more than using one; the popup formats hundreds of dates.
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

/** "3. dec. 2026" in Danish, the leader's own time zone regardless of the machine's. */
export function formatDate(ms: number, locale: Locale = 'da'): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: TIME_ZONE,
    });
    dateFormats.set(locale, format);
  }
  return format.format(ms);
}

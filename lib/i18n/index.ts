import { da, type MessageKey } from './da';

export type Locale = 'da' | 'en';
export type { MessageKey };

type Catalog = Record<MessageKey, string>;

/**
 * Danish is always here: it is the source, and documents and mails are Danish in either UI.
 * English is loaded only by a page shown in English (`loadLocale`), so a Danish page never parses
 * it; until it is loaded, a text falls back to Danish.
 */
const catalogs: Partial<Record<Locale, Catalog>> = { da };

/** Makes a catalog available without loading it (the service worker's stand-in, the unit tests). */
export function registerCatalog(locale: Locale, catalog: Catalog): void {
  catalogs[locale] = catalog;
}

/** Loads the language's catalog once; the pages await it before their first render. */
export async function loadLocale(locale: Locale): Promise<Locale> {
  if (!catalogs[locale]) registerCatalog(locale, (await import('./en')).en);
  return locale;
}

/** Picks English only when the browser prefers it; Danish otherwise. */
export function pickLocale(languages: readonly string[]): Locale {
  const first = languages[0]?.toLowerCase() ?? 'da';
  return first.startsWith('en') ? 'en' : 'da';
}

/**
 * The text for `key`. A key the catalogs lack gives the key itself: Chrome's service worker carries
 * only the reminders' texts (lib/browser/worker-lazy/i18n-da.ts), yet builds keyed errors with
 * other keys, whose panels word them; everywhere else the type allows no missing key.
 */
export function t(key: MessageKey, params: Record<string, string | number> = {}, locale: Locale = 'da'): string {
  const text = (catalogs[locale] ?? da)[key] ?? da[key] ?? key;
  return (text.includes(', plural,') ? plural(text, params, locale) : text).replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

// `{count, plural, one {# aftale} other {# aftaler}}`: the branch the language's plural rule picks
// for the number (an exact `=0` first), with `#` as the number; a branch may hold `{name}` placeholders.
const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{(?:[^{}]|\{\w+\})*\})+)\s*\}/g;
const BRANCH = /(=\d+|zero|one|two|few|many|other)\s*\{((?:[^{}]|\{\w+\})*)\}/g;
const pluralRules = new Map<Locale, Intl.PluralRules>();

function plural(text: string, params: Record<string, string | number>, locale: Locale): string {
  return text.replace(PLURAL, (whole, name: string, body: string) => {
    const n = Number(params[name]);
    if (!(name in params) || !Number.isFinite(n)) return whole;
    const branches = new Map([...body.matchAll(BRANCH)].map((m) => [m[1]!, m[2]!]));
    let rules = pluralRules.get(locale);
    if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale === 'da' ? 'da-DK' : 'en-GB')));
    const chosen = branches.get(`=${n}`) ?? branches.get(rules.select(n)) ?? branches.get('other') ?? '';
    return chosen.replace(/#/g, String(n));
  });
}

// Not imported from lib/dates: that module builds a formatter on load, which the popup would pay.
const TIME_ZONE = 'Europe/Copenhagen';

const STYLES = {
  date: { day: 'numeric', month: 'short', year: 'numeric' },
  dateTime: { dateStyle: 'short', timeStyle: 'short' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

// Building a formatter costs far more than using one; the popup formats hundreds of dates.
const formats = new Map<string, Intl.DateTimeFormat>();

function format(ms: number, locale: Locale, style: keyof typeof STYLES): string {
  const key = `${locale}:${style}`;
  let formatter = formats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', { ...STYLES[style], timeZone: TIME_ZONE });
    formats.set(key, formatter);
  }
  return formatter.format(ms);
}

/** "3. dec. 2026" in Danish, the leader's own time zone regardless of the machine's. */
export const formatDate = (ms: number, locale: Locale = 'da'): string => format(ms, locale, 'date');

/** "03.12.2026, 10.00" in Danish: a short date with the time, in the leader's time zone. */
export const formatDateTime = (ms: number, locale: Locale = 'da'): string => format(ms, locale, 'dateTime');

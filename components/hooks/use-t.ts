import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { formatDate, formatDateTime, type Locale, loadLocale, type MessageKey, pickLocale, t } from '../../lib/i18n';
import { describeError, type Message, type Params, say } from '../../lib/i18n/message';

/** The chosen language, bound once per page, instead of a `locale` prop through every component. */
export interface Translator {
  locale: Locale;
  t(key: MessageKey, params?: Params): string;
  /** A message a lib/ function returned. */
  say(message: Message): string;
  /** A thrown value, as the leader should read it. */
  error(e: unknown): string;
  date(ms: number): string;
  dateTime(ms: number): string;
}

export function translator(locale: Locale): Translator {
  return {
    locale,
    t: (key, params = {}) => t(key, params, locale),
    say: (m) => say(m, locale),
    error: (e) => describeError(e, locale),
    date: (ms) => formatDate(ms, locale),
    dateTime: (ms) => formatDateTime(ms, locale),
  };
}

/**
 * A page's language, once its texts are loaded (English is loaded on demand, lib/i18n loadLocale),
 * with the document's `lang` set; every page and panel starts here before its first render.
 */
export async function pageLanguage(): Promise<Translator> {
  const language = translator(await loadLocale(pickLocale(navigator.languages)));
  document.documentElement.lang = language.locale;
  return language;
}

export const LocaleContext = createContext<Translator>(translator('da'));

/** In a component: `const { t } = useT();` */
export const useT = (): Translator => useContext(LocaleContext);

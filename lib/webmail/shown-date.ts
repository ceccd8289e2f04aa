// A received time as the webmail shows it in words (Outlook's SentReceivedSavedTime, Gmail's
// `.g3[title]`), in Danish or English. Read only when the text says it unambiguously; anything
// else is null, never a guess. The page shows the browser's local time, so the result is too.

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  maj: 5,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  okt: 10,
  oct: 10,
  nov: 11,
  dec: 12,
};

interface Day {
  y: number;
  m: number;
  d: number;
  rest: string;
}

const FULL_NAMES = new Set(
  'januar january februar february marts march april maj may juni june juli july august september oktober october november december'.split(
    ' ',
  ),
);

/** A month by its abbreviation (jan, sept., okt) or full name, Danish or English; null for any other word. */
const monthOf = (word: string): number | null => (word.length <= 4 || FULL_NAMES.has(word) ? (MONTHS[word.slice(0, 3)] ?? null) : null);

/**
 * Whether the locale writes the day before the month in a numeric date (Intl knows each locale's
 * order); null without a locale, for one Intl does not know, and for a bare "en", which is day
 * first in Britain and month first in the US.
 */
function dayFirstIn(locale: string | null | undefined): boolean | null {
  if (!locale) return null;
  try {
    const tag = new Intl.Locale(locale);
    if (tag.language === 'en' && !tag.region) return null;
    const parts = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric', year: 'numeric' }).formatToParts(
      new Date(2026, 11, 25),
    );
    const first = parts.find((p) => p.type === 'day' || p.type === 'month')?.type;
    return first === 'day' ? true : first === 'month' ? false : null;
  } catch {
    return null;
  }
}

/** The calendar day the text gives, and the text without it; null when absent or ambiguous. */
function dayOf(text: string, dayFirst: boolean | null): Day | null {
  const cut = (m: RegExpExecArray) => text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length);
  let m = /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(text);
  if (m) return { y: +m[1]!, m: +m[2]!, d: +m[3]!, rest: cut(m) };
  m = /(\d{1,2})([./-])(\d{1,2})\2(\d{4})/.exec(text);
  if (m) {
    const [a, b, y] = [+m[1]!, +m[3]!, +m[4]!];
    // A number over 12 is the day. Else the locale decides, never the clock: en-GB shows 12-hour
    // times with the day first. Dashes and dots are day first (Danish, most of Europe), and
    // ambiguous where the locale says month first; slashes need the locale.
    if (a > 12) return { y, m: b, d: a, rest: cut(m) };
    if (b > 12) return m[2] === '/' ? { y, m: a, d: b, rest: cut(m) } : null;
    const first = m[2] === '/' ? dayFirst : dayFirst === false ? null : true;
    if (first === null) return null;
    return first ? { y, m: b, d: a, rest: cut(m) } : { y, m: a, d: b, rest: cut(m) };
  }
  m = /(\d{1,2})\.?\s+([a-zæøå]+)\.?,?\s+(\d{4})/.exec(text);
  const named = m && monthOf(m[2]!);
  if (m && named) return { y: +m[3]!, m: named, d: +m[1]!, rest: cut(m) };
  m = /([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})/.exec(text);
  const monthFirst = m && monthOf(m[1]!);
  if (m && monthFirst) return { y: +m[3]!, m: monthFirst, d: +m[2]!, rest: cut(m) };
  return null;
}

/**
 * Epoch ms of the shown local time, or null. `locale` is the page's evidence of its date format
 * (a BCP 47 tag such as en-GB); without it a date like 10/12/2026 is ambiguous and gives null.
 */
export function parseShownDate(shown: string | null | undefined, locale?: string | null): number | null {
  const text = (shown ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
  if (!text) return null;
  const day = dayOf(text, dayFirstIn(locale));
  if (!day) return null;
  const time = /(\d{1,2})[:.](\d{2})(?:[:.]\d{2})?\s?(am|pm|a\.m\.|p\.m\.)?/.exec(day.rest);
  if (!time) return null;
  let hour = +time[1]!;
  const minute = +time[2]!;
  const half = time[3]?.replaceAll('.', '');
  if (half) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (half === 'pm' ? 12 : 0);
  }
  const date = new Date(day.y, day.m - 1, day.d, hour, minute);
  const same =
    date.getFullYear() === day.y && date.getMonth() === day.m - 1 && date.getDate() === day.d && date.getHours() === hour && minute < 60;
  return same ? date.getTime() : null;
}

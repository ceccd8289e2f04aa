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

/** The calendar day the text gives, and the text without it; null when absent or ambiguous. */
function dayOf(text: string, twelveHour: boolean): Day | null {
  const cut = (m: RegExpExecArray) => text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length);
  let m = /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(text);
  if (m) return { y: +m[1]!, m: +m[2]!, d: +m[3]!, rest: cut(m) };
  m = /(\d{1,2})([./-])(\d{1,2})\2(\d{4})/.exec(text);
  if (m) {
    const [a, b, y] = [+m[1]!, +m[3]!, +m[4]!];
    // Dashes and dots: day first (Danish, most of Europe). Slashes: day first in en-GB, month
    // first in en-US; only a 12-hour clock or a number over 12 tells which.
    if (m[2] !== '/' || a > 12) return { y, m: b, d: a, rest: cut(m) };
    if (b > 12 || twelveHour) return { y, m: a, d: b, rest: cut(m) };
    return null;
  }
  m = /(\d{1,2})\.?\s+([a-zæøå]+)\.?,?\s+(\d{4})/.exec(text);
  const dayFirst = m && monthOf(m[2]!);
  if (m && dayFirst) return { y: +m[3]!, m: dayFirst, d: +m[1]!, rest: cut(m) };
  m = /([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})/.exec(text);
  const monthFirst = m && monthOf(m[1]!);
  if (m && monthFirst) return { y: +m[3]!, m: monthFirst, d: +m[2]!, rest: cut(m) };
  return null;
}

/** Epoch ms of the shown local time, or null. */
export function parseShownDate(shown: string | null | undefined): number | null {
  const text = (shown ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
  if (!text) return null;
  const twelveHour = /\d\s?(am|pm|a\.m\.|p\.m\.)/.test(text);
  const day = dayOf(text, twelveHour);
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

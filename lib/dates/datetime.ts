// Danish wall-clock time ⇄ epoch ms, whatever time zone the machine itself is in.

export const TIME_ZONE = 'Europe/Copenhagen';

// Made at first use: a formatter with a time zone loads time-zone data, which the service worker
// would otherwise pay for at every wake, needed or not.
let parts: Intl.DateTimeFormat | undefined;
const zoned = () =>
  (parts ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }));

function zonedParts(ms: number): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number> {
  const out = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const p of zoned().formatToParts(ms)) if (p.type in out) out[p.type as keyof typeof out] = Number(p.value);
  return out;
}

/** Copenhagen's offset from UTC at that instant, in ms (+1 h in winter, +2 h in summer). */
function offsetAt(ms: number): number {
  const p = zonedParts(ms);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - (ms - (ms % 1000));
}

export function isValidIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export function isValidTime(s: string): boolean {
  const m = /^(\d{2}):(\d{2})$/.exec(s);
  return m !== null && Number(m[1]) < 24 && Number(m[2]) < 60;
}

export function zonedToEpoch(isoDate: string, time: string): number {
  if (!isValidIsoDate(isoDate) || !isValidTime(time)) throw new RangeError(`Ugyldig dato eller tid: ${isoDate} ${time}`);
  const [y, mo, d] = isoDate.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  // Two passes settle the offset across a DST change.
  const first = asUtc - offsetAt(asUtc);
  return asUtc - offsetAt(first);
}

const pad = (n: number) => String(n).padStart(2, '0');

export function epochToZoned(ms: number): { date: string; time: string } {
  const p = zonedParts(ms);
  return { date: `${p.year}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}` };
}

/** End of that Danish calendar day (23:59:59.999 local): deadlines run to the end of the day. */
export function endOfDayEpoch(isoDate: string): number {
  return zonedToEpoch(isoDate, '23:59') + 59_999;
}

/** Adds calendar days to a 'YYYY-MM-DD' date. */
export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday, for a calendar date. */
export function weekday(isoDate: string): number {
  return new Date(`${isoDate}T12:00:00Z`).getUTCDay();
}

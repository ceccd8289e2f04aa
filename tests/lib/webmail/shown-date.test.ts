import { describe, expect, it } from 'vitest';
import { parseShownDate } from '../../../lib/webmail/shown-date';

// Local wall-clock time, as the page shows it: compared with the same local moment.
const at = (y: number, m: number, d: number, h: number, min: number) => new Date(y, m - 1, d, h, min).getTime();

describe('a received time shown in words (Outlook SentReceivedSavedTime, Gmail .g3[title])', () => {
  it.each([
    ['Thu 2026-12-10 09:12', at(2026, 12, 10, 9, 12)],
    ['to 10-12-2026 09:12', at(2026, 12, 10, 9, 12)],
    ['10.12.2026 09.12', at(2026, 12, 10, 9, 12)],
    ['25/12/2026 09:12', at(2026, 12, 25, 9, 12)],
    ['Thu, Dec 10, 2026, 10:12 AM', at(2026, 12, 10, 10, 12)],
    ['tor. 10. dec. 2026 kl. 10.12', at(2026, 12, 10, 10, 12)],
    ['10. december 2026 10.12', at(2026, 12, 10, 10, 12)],
    ['3. marts 2026 08:00', at(2026, 3, 3, 8, 0)],
  ])('%s', (shown, expected) => {
    expect(parseShownDate(shown)).toBe(expected);
  });

  // Issue 12: the clock never decides the order (en-GB shows 12-hour times day first); the locale does.
  it.each([
    ['Thu 12/10/2026 9:12 AM', at(2026, 12, 10, 9, 12)],
    ['Thu 12/10/2026 1:05 PM', at(2026, 12, 10, 13, 5)],
  ])('%s in en-US', (shown, expected) => {
    expect(parseShownDate(shown, 'en-US')).toBe(expected);
  });

  it.each([
    ['12/10/2026 09:12', 'slashes without the locale: 12 October or 10 December'],
    ['Thu 12/10/2026 9:12 AM', 'slashes without the locale, whatever the clock'],
    ['Thu 10/12 09:12', 'no year'],
    ['I går 09:12', 'a relative day'],
    ['10-12-2026', 'no time'],
    ['31-02-2026 09:12', 'no such day'],
    ['Man 10 Blah 2026 09:12', 'no such month'],
    ['', 'nothing'],
  ])('%s is not read (%s)', (shown) => {
    expect(parseShownDate(shown)).toBeNull();
  });
});

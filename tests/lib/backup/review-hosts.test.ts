import { describe, expect, it } from 'vitest';
import { BACKED_UP_TABLES, type RawContent } from '../../../lib/backup/content';
import { validateContent } from '../../../lib/backup/validate';
import { LATEST_VERSION } from '../../../lib/db/database';

// Issue 12, defect 10: a restored backup can bring back no host that settings would refuse.
const content = (hosts: unknown): RawContent => ({
  schemaVersion: LATEST_VERSION,
  madeAt: 0,
  tables: { ...Object.fromEntries(BACKED_UP_TABLES.map((t) => [t, []])), settings: [{ key: 'hosts', value: hosts }] },
});
const mail = { origin: 'https://mail.randers.dk', pattern: 'https://mail.randers.dk/*' };
const hr = { origin: 'https://sag.randers.dk', pattern: 'https://sag.randers.dk/*', kind: 'personnel' };

describe('hosts in a backup file', () => {
  it('keeps the hosts settings would take, and drops a wildcard, a pattern not its origin’s, and what is no web address', async () => {
    const read = await validateContent(
      content([
        mail,
        { origin: 'https://*.dk', pattern: 'https://*.dk/*' },
        { origin: 'https://mail.randers.dk', pattern: '<all_urls>' },
        { origin: 'http://intranet.dk', pattern: 'http://intranet.dk/*' },
        hr,
      ]),
    );
    expect(read.ok && read.value.tables.settings).toEqual([{ key: 'hosts', value: [mail, hr] }]);
  });

  it('still refuses a hosts setting of the wrong shape as invalid content', async () => {
    expect(await validateContent(content([{ origin: 5 }]))).toMatchObject({ ok: false, problem: 'invalidContent' });
    expect(await validateContent(content('https://*.dk'))).toMatchObject({ ok: false, problem: 'invalidContent' });
  });
});

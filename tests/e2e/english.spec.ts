// The README's promise (issue 16): a browser set to English sees no Danish UI text on any screen,
// while documents and mails stay Danish. Every screen of the extension is visited in an English
// Chromium; its visible text and its aria-label, title, placeholder and alt attributes are read,
// and every Danish catalog string, Danish UI word or Danish letter found is listed. Only our own
// UI is read: extension pages and our panel iframes and buttons, never the webmail page around them
// (the invitation and request mails in its compose form are documents).
//
// Navigation does not depend on the language: buttons are found by their Danish or their English
// text, so the list of findings is complete while the components are still being converted.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { da, type MessageKey } from '../../lib/i18n/da';
import { en } from '../../lib/i18n/en';
import { consentSentence } from '../../lib/iku/consent-sentence';
import { CARDS, DEVELOPMENT_SUGGESTIONS, GROUND_RULES, THEME_LABELS, WHEEL, WHEEL_CENTER_HINT } from '../../lib/session/cards';
import { STRONG_DANISH_WORDS } from '../architecture/danish-literals';
import { ARTIFACTS, type ExtensionSession, launchExtension, openTestkit, screenshot } from './support/browser';
import { startFixtureServer } from './support/fixture-server';

const DAY = 86_400_000;
const LETTERS = /[æøåÆØÅ]/;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whole words only, in any case: "Samtale" is found in "Samtale 2", not in "Samtalerne". */
const wordPattern = (piece: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(piece)}(?![\\p{L}\\p{N}])`, 'iu');

const ENGLISH = Object.values(en).join('\n');

/** The Danish catalog's strings that English does not use as well, split at placeholders, at least 4 characters. */
const DANISH_PIECES: readonly { piece: string; pattern: RegExp }[] = [
  ...new Set(
    (Object.keys(da) as MessageKey[])
      .filter((key) => da[key] !== en[key])
      .flatMap((key) => da[key].split(/\{\w+\}/))
      .map((piece) => piece.trim())
      .filter((piece) => piece.length >= 4 && !wordPattern(piece).test(ENGLISH)),
  ),
].map((piece) => ({ piece, pattern: wordPattern(piece) }));

/**
 * Danish on purpose, removed before searching: the session's material (wheel, cards, ground rules,
 * suggestions), which the Danish team reads on the projector like the question sheet, and the
 * approval sentence an employee is asked to write (printed in the IKU, asked for by the mail).
 */
const MATERIAL_TEXTS: readonly string[] = [
  ...CARDS.map((c) => c.text),
  ...GROUND_RULES,
  ...DEVELOPMENT_SUGGESTIONS,
  ...WHEEL.map((w) => w.label),
  ...Object.values(THEME_LABELS),
  WHEEL_CENTER_HINT,
  consentSentence(1),
  consentSentence(2),
].sort((a, b) => b.length - a.length);
// Line breaks in the wheel's SVG labels join words without a space in innerText.
const MATERIAL = MATERIAL_TEXTS.map((text) => ({ text, pattern: new RegExp(text.split(/\s+/).map(escape).join('\\s*'), 'g') }));

/** Matches the key's Danish or English text, placeholders as anything; `prefix` for "Label: name". */
function either(key: MessageKey, { prefix = false } = {}): RegExp {
  const alternatives = [da[key], en[key]].map((v) =>
    v
      .split(/\{\w+\}/)
      .map(escape)
      .join('.*'),
  );
  return new RegExp(`^\\s*(?:${alternatives.join('|')})${prefix ? '' : '\\s*$'}`);
}

interface Finding {
  screen: string;
  where: string;
  match: string;
  text: string;
}

const findings: Finding[] = [];
const unreachable: string[] = [];
const materialSeen = new Set<string>();
const dialogs: string[] = [];

/** Document file names (an attachment, a download) are part of the documents. */
const FILE_NAME = /[^\s"'«»]+\.(?:pdf|ics|zip)\b/gi;
/** The place the scripted cycles are planned in (lib/demo/script.ts): the leader's data, shown on the timeline since issue 14. */
const SEEDED_PLACE = /Mødelokale 1/g;

function search(screen: string, where: string, raw: string): void {
  let text = raw.replace(FILE_NAME, ' ').replace(SEEDED_PLACE, ' ');
  for (const { text: m, pattern } of MATERIAL) {
    const rest = text.replace(pattern, ' ');
    if (rest !== text) materialSeen.add(m);
    text = rest;
  }
  for (const line of text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)) {
    const matches = new Set<string>();
    for (const ch of line.match(new RegExp(LETTERS.source, 'g')) ?? []) matches.add(ch);
    for (const { piece, pattern } of DANISH_PIECES) if (pattern.test(line)) matches.add(piece);
    for (const word of line.match(new RegExp(STRONG_DANISH_WORDS.source, 'giu')) ?? []) matches.add(word);
    for (const match of matches) findings.push({ screen, where, match, text: line.slice(0, 200) });
  }
}

interface Chunk {
  where: string;
  text: string;
}

/**
 * What a page or frame shows: the title, the visible text and the labelling attributes. The text
 * of download links (document file names) and an employee's own words (data) are left out.
 */
const collect = (target: Page | Frame): Promise<Chunk[]> =>
  target.evaluate(() => {
    const skipped = [...document.querySelectorAll('a[download], .own-words')]
      .map((el) => (el as HTMLElement).innerText.trim())
      .filter(Boolean);
    let visible = document.body.innerText;
    for (const s of skipped) visible = visible.split(s).join(' ');
    const chunks = [
      { where: 'document.title', text: document.title },
      { where: 'text', text: visible },
    ];
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = el.getAttribute(name);
        if (value) chunks.push({ where: `${el.tagName.toLowerCase()}[${name}]`, text: value });
      }
    }
    return chunks;
  });

/** Our UI inside a webmail page: the shadow-root buttons and the panel iframes' attributes, nothing of the page. */
async function scanOurs(screen: string, page: Page): Promise<void> {
  const chunks = await collectOurs(page);
  if (chunks.length === 0) throw new Error(`${screen}: none of our elements found in the page`);
  for (const chunk of chunks) search(screen, chunk.where, chunk.text);
}

const collectOurs = (page: Page): Promise<Chunk[]> =>
  page.evaluate(() => {
    const chunks: { where: string; text: string }[] = [];
    for (const host of document.querySelectorAll('*')) {
      if (!host.tagName.toLowerCase().startsWith('tus-assistent') || !host.shadowRoot) continue;
      for (const el of host.shadowRoot.querySelectorAll('*')) {
        if (el.children.length === 0 && el.textContent?.trim())
          chunks.push({ where: `${host.tagName.toLowerCase()} text`, text: el.textContent });
        for (const name of ['aria-label', 'title']) {
          const value = el.getAttribute(name);
          if (value) chunks.push({ where: `${host.tagName.toLowerCase()} [${name}]`, text: value });
        }
      }
    }
    for (const frame of document.querySelectorAll('iframe')) {
      if (!frame.src.startsWith('chrome-extension://')) continue;
      if (frame.title) chunks.push({ where: 'iframe[title]', text: frame.title });
    }
    return chunks;
  });

async function settle(target: Page | Frame): Promise<void> {
  await target.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), undefined, { timeout: 10_000 }).catch(() => undefined);
  await new Promise((r) => setTimeout(r, 300));
}

async function scan(screen: string, target: Page | Frame, shot?: Page): Promise<void> {
  await settle(target);
  const chunks = await collect(target);
  // A blank screen would pass: something must have been read.
  if (!chunks.some((c) => c.where === 'text' && c.text.trim().length > 20)) throw new Error(`${screen}: no text to read`);
  for (const chunk of chunks) search(screen, chunk.where, chunk.text);
  while (dialogs.length) search(screen, 'dialog', dialogs.shift()!);
  if (shot) await screenshot(shot, `english-${screen.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`);
}

/** A screen that cannot be reached is a failure too, but the other screens are still read. */
async function visit(screen: string, steps: () => Promise<void>): Promise<void> {
  try {
    await steps();
  } catch (e) {
    unreachable.push(`${screen}: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`);
  }
}

let session: ExtensionSession;
let server: Awaited<ReturnType<typeof startFixtureServer>>;

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchExtension({ locale: 'en-US' });
  session.context.setDefaultTimeout(10_000);
  session.context.on('page', (p) =>
    p.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    }),
  );
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

const PEOPLE = [
  { name: 'Anne Berg', email: 'anne@example.com' },
  { name: 'Bo Holm', email: 'bo@example.com' },
  { name: 'Carl Dahl', email: 'carl@example.com' },
];

describe('an English browser', () => {
  it('runs in English: pages and the service worker', async () => {
    const page = await session.open('popup.html');
    expect(await page.evaluate(() => navigator.languages[0])).toMatch(/^en/);
    const worker = session.context.serviceWorkers()[0]!;
    expect(await worker.evaluate(() => navigator.languages[0])).toMatch(/^en/);
    await page.close();
  });

  it('sees no Danish UI text on any screen', async () => {
    const later = Date.now() + 14 * DAY;

    await visit('popup, no teams', async () => {
      const popup = await session.open('popup.html');
      await popup.waitForSelector('button');
      await scan('popup, no teams', popup, popup);
      await popup.close();
    });

    const kit = await openTestkit(session);
    const seed = (team: string, variant: 'tus' | 'tus-iku', stage: string, at: number, people = PEOPLE.slice(0, 2)) =>
      kit.evaluate(([t, p, v, s, a]) => window.testkit.seedTeam(t, p, v as 'tus', s as 'draft', a), [
        team,
        people,
        variant,
        stage,
        at,
      ] as const);
    const draft = await seed('Draft Team', 'tus-iku', 'draft', later);
    const invited = await seed('Invited Team', 'tus-iku', 'invited', later);
    const prepared = await seed('Prepared Team', 'tus-iku', 'prepared', Date.now());
    const review = await seed('Review Team', 'tus-iku', 'corrections', Date.now() - 60 * 60_000);
    const east = await seed('East Team', 'tus-iku', 'corrections', Date.now() - 10 * DAY, PEOPLE);
    const audit = await seed('Audit Team', 'tus-iku', 'consent', Date.UTC(2026, 2, 10, 8));
    const plan = await seed('Plan Team', 'tus', 'teamPlan', Date.now() - 3 * DAY);
    const closed = await seed('Closed Team', 'tus', 'closed', Date.UTC(2025, 2, 10, 8));
    const westId = await kit.evaluate(() => window.testkit.createTeam('West Team'));
    for (const { cycleId, employeeIds } of [review, east]) {
      await kit.evaluate(
        ([id, ids]) =>
          window.testkit.addAgreements(id, [
            { employeeId: null, text: 'Shared coaching on Fridays', owner: 'All' },
            ...ids.map((e, i) => ({ employeeId: e, text: `Course number ${i}` })),
          ]),
        [cycleId, employeeIds] as const,
      );
    }
    expect(await kit.evaluate((id) => window.testkit.generateIkus(id), east.cycleId)).toBe(3);

    await visit('popup, team list', async () => {
      const popup = await session.open('popup.html');
      await popup.waitForSelector('li.team');
      await scan('popup, team list', popup, popup);
      await popup.close();
    });

    const dash = await session.open('dashboard.html');
    await visit('dashboard overview', async () => {
      await dash.waitForSelector('.sidebar');
      await scan('dashboard overview', dash, dash);
    });

    const teamPage = async (teamId: string) => {
      await dash.goto(`chrome-extension://${session.extensionId}/dashboard.html#teamId=${teamId}`);
      await dash.waitForSelector('#team-heading');
    };
    const showLog = async () => {
      await dash
        .getByRole('button', { name: either('dash.showLog') })
        .first()
        .click();
      await dash.waitForSelector('table.audit tbody tr');
    };
    const click = (target: Page | Frame, key: MessageKey, options?: { prefix?: boolean }) =>
      target
        .getByRole('button', { name: either(key, options) })
        .first()
        .click();

    for (const [name, team] of [
      ['team page, draft', draft],
      ['team page, invited', invited],
      ['team page, prepared', prepared],
    ] as const) {
      await visit(name, async () => {
        await teamPage(team.teamId);
        await scan(name, dash, dash);
        await showLog();
        await scan(`${name}, logbook`, dash);
      });
    }

    await visit('team page, corrections', async () => {
      await teamPage(review.teamId);
      await dash.waitForSelector('section.corrections');
      await scan('team page, corrections', dash, dash);
      const block = dash.locator('.correction-block').first();
      await block.locator('textarea').first().fill('Course number 0, corrected');
      await block
        .getByRole('button', { name: either('corrections.save') })
        .first()
        .click();
      await dash.waitForSelector('table.correction-log tbody tr');
      await scan('team page, corrections with a logged correction', dash);
      await click(dash, 'action.closeCorrectionsEarly');
      await scan('team page, close corrections early (confirm)', dash, dash);
    });

    await visit('team page, IKUs generated', async () => {
      await teamPage(east.teamId);
      await dash.waitForSelector('section.iku-panel');
      await scan('team page, IKUs generated (IKU panel)', dash, dash);
      await showLog();
      await scan('team page, IKUs generated, logbook', dash);
    });

    await visit('team page, consent, changed log', async () => {
      await teamPage(audit.teamId);
      await dash.waitForSelector('table.ikus');
      await scan('team page, consent', dash);
      await dash
        .getByRole('button', { name: either('emp.recordConsent', { prefix: true }) })
        .first()
        .click();
      await scan('team page, consent, record-consent form', dash);
      await dash.evaluate(
        (id) =>
          new Promise<void>((resolve, reject) => {
            const open = indexedDB.open('tus-assistent');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const tx = open.result.transaction('events', 'readwrite');
              const store = tx.objectStore('events');
              const get = store.get([id, 2]);
              get.onsuccess = () => store.put({ ...get.result, at: get.result.at + 60_000 });
              tx.oncomplete = () => {
                open.result.close();
                resolve();
              };
              tx.onerror = () => reject(tx.error);
            };
          }),
        audit.cycleId,
      );
      await dash.reload();
      await dash.waitForSelector('.integrity-banner');
      await scan('team page, changed log (integrity banner)', dash, dash);
      await showLog();
      await dash.waitForSelector('.audit-log [role="alert"]');
      await scan('team page, changed log, logbook', dash, dash);
    });

    for (const [name, team] of [
      ['team page, team plan (plain TUS)', plan],
      ['team page, closed cycle in history', closed],
    ] as const) {
      await visit(name, async () => {
        await teamPage(team.teamId);
        await scan(name, dash, dash);
      });
    }

    await visit('team page, start-cycle form with errors', async () => {
      await teamPage(westId);
      await dash.waitForSelector('form.start-cycle');
      await dash.locator('form.start-cycle input[name="variant"][value="tus-iku"]').check();
      await dash.locator('form.start-cycle button[type="submit"]').click();
      await dash.waitForSelector('form.start-cycle [role="alert"], form.start-cycle .field-error');
      await scan('team page, start-cycle form with errors', dash, dash);
    });

    await visit('team page, employee with an invalid e-mail', async () => {
      const form = dash.locator('form', { has: dash.getByRole('button', { name: either('dash.addEmployee') }) }).last();
      await form.getByLabel(either('dash.name')).fill('Dan Moe');
      await form.getByLabel(either('dash.email')).fill('dan(at)example.com');
      await form.getByRole('button', { name: either('dash.addEmployee') }).click();
      await dash.waitForSelector('[aria-invalid="true"]');
      await scan('team page, employee with an invalid e-mail', dash, dash);
    });

    await visit('team page, employee import with a rejected row', async () => {
      await dash.locator('summary', { hasText: either('dash.import') }).click();
      await dash
        .locator('#import-text')
        .fill(['Name\tE-mail', 'Eva Lund\teva@example.com', 'Finn Ray\tfinn(at)example.com', 'Gus Roe\t'].join('\n'));
      await dash.waitForSelector('.import-preview tr.rejected');
      await scan('team page, employee import preview', dash, dash);
    });

    await visit('settings', async () => {
      await dash.goto(`chrome-extension://${session.extensionId}/dashboard.html#view=settings`);
      await dash.waitForSelector('#settings-heading');
      await scan('settings', dash, dash);
      const host = dash.getByLabel(either('settings.addHost'));
      await host.fill('not a host');
      await click(dash, 'settings.addHostButton');
      await dash.waitForSelector('[aria-invalid="true"], [role="alert"]');
      await scan('settings, invalid host', dash, dash);
      await host.fill(`http://localhost:${server.port}`);
      await click(dash, 'settings.addHostButton');
      await dash.getByRole('status').filter({ hasText: 'was added' }).waitFor();
      await scan('settings, host added', dash, dash);
      const wait = dash.locator('#consent-wait');
      await wait.fill('0');
      await wait.blur();
      await dash.waitForSelector('#consent-wait-error');
      await scan('settings, invalid consent wait', dash, dash);
      await wait.fill('5');
      await wait.blur();
    });

    const sessionView = (cycleId: string) => session.open(`session.html#cycleId=${cycleId}`);
    await visit('session view', async () => {
      const page = await sessionView(prepared.cycleId);
      await page.waitForSelector('main.session');
      await scan('session view, before the start', page, page);
      await click(page, 'session.start');
      await page.waitForSelector('.agenda li.current');
      await page.locator('[data-field]').first().click();
      await click(page, 'session.drawDialog');
      await page.waitForSelector('.current-card');
      await scan('session view, running, a card drawn', page, page);
      await click(page, 'session.present');
      await page.waitForSelector('main.presentation');
      await scan('session view, presentation', page, page);
      await page.keyboard.press('Escape');
      await page.waitForSelector('main.session');
      await page.close();
    });
    await visit('session view, locked sheet', async () => {
      const page = await sessionView(review.cycleId);
      await page.waitForSelector('.sheet-locked');
      await scan('session view, locked sheet', page, page);
      await page.close();
    });
    await visit('session view, unknown cycle', async () => {
      const page = await sessionView('no-such-cycle');
      await page.waitForSelector('[role="alert"]');
      await scan('session view, unknown cycle', page);
      await page.close();
    });

    const overlay = async (page: Page): Promise<Frame> => {
      await page.locator('tus-assistent-button button').click();
      const frame = (await (await page.waitForSelector('iframe[src^="chrome-extension://"]')).contentFrame())!;
      await frame.waitForSelector('main');
      return frame;
    };
    const compose = async () => {
      const page = await session.context.newPage();
      await page.goto(`http://localhost:${server.port}/outlook/compose.html`);
      await page.waitForSelector('tus-assistent-button', { state: 'attached' });
      return page;
    };

    const tokens = new Map<string, string>();
    await visit('webmail overlay, invitation', async () => {
      const page = await compose();
      await scanOurs('webmail page, our button', page);
      const frame = await overlay(page);
      await scanOurs('webmail page, our button and panel frame', page);
      await scan('webmail overlay, lists', frame, page);
      const row = frame.locator(`li[data-cycle-id="${draft.cycleId}"]`);
      await row.getByRole('button', { name: either('overlay.insert') }).click();
      await row.locator('.result').waitFor();
      await frame.waitForFunction(() => document.querySelector('.result')?.textContent?.trim());
      await scan('webmail overlay, invitation inserted', frame, page);
      await page.close();
    });
    for (const person of [0, 1]) {
      await visit(`webmail overlay, consent request ${person + 1}`, async () => {
        const page = await compose();
        const frame = await overlay(page);
        const row = frame.locator(`section.consent li[data-employee-id="${east.employeeIds[person]}"]`);
        await row.getByRole('button', { name: either('consent.insert') }).click();
        await row.getByRole('button', { name: either('consent.markRequested') }).waitFor();
        const subject = await page.locator('#subject').inputValue();
        tokens.set(east.employeeIds[person]!, /\[(.+)\]/.exec(subject)![1]!);
        if (person === 0) await scan('webmail overlay, consent request inserted', frame, page);
        await row.getByRole('button', { name: either('consent.markRequested') }).click();
        await frame.locator('section.consent [role="status"]').waitFor();
        if (person === 0) await scan('webmail overlay, consent request marked', frame, page);
        await page.close();
      });
    }

    const reply = async (from: string, name: string, employeeId: string, text: string) => {
      const page = await session.context.newPage();
      const q = new URLSearchParams({
        from,
        name,
        subject: `RE: Your IKU [${tokens.get(employeeId) ?? 'IKU-0000-XXXX'}]`,
        text,
        date: '2026-12-10T09:12:00Z',
      });
      await page.goto(`http://localhost:${server.port}/outlook/read.html?${q}`);
      await page.waitForSelector('tus-assistent-button', { state: 'attached' });
      const frame = await overlay(page);
      await frame.locator('.reply').waitFor();
      return { page, frame };
    };
    await visit('webmail overlay, approving reply', async () => {
      const { page, frame } = await reply(
        PEOPLE[0]!.email,
        PEOPLE[0]!.name,
        east.employeeIds[0]!,
        `${consentSentence(1)}\n\nFrom: the leader`,
      );
      await scan('webmail overlay, approving reply', frame, page);
      await click(frame, 'consent.record');
      await frame.locator('section.consent [role="status"]').waitFor();
      await scan('webmail overlay, consent recorded', frame, page);
      await page.close();
    });
    await visit('webmail overlay, reply that is not approval', async () => {
      const { page, frame } = await reply(
        PEOPLE[1]!.email,
        PEOPLE[1]!.name,
        east.employeeIds[1]!,
        'I do not agree with point 2, otherwise fine.',
      );
      const confirm = frame.locator('.leader-reading input[type="checkbox"]');
      if (await confirm.count()) await confirm.check();
      await scan('webmail overlay, reply that is not approval', frame, page);
      await page.close();
    });
    await visit('webmail overlay, reply from another address', async () => {
      const { page, frame } = await reply('stranger@example.org', 'Stranger', east.employeeIds[1]!, 'Fine by me.');
      await frame.locator('.reply [role="alert"]').waitFor();
      await scan('webmail overlay, reply from another address', frame, page);
      await page.close();
    });

    await visit('team page, consent recorded (receipt)', async () => {
      await teamPage(east.teamId);
      await dash
        .getByRole('button', { name: either('ikus.receipt', { prefix: true }) })
        .first()
        .waitFor();
      await scan('team page, consent recorded (receipt)', dash, dash);
    });

    await visit('personnel panel', async () => {
      // Added only now: on a host added as both kinds the two buttons sit on the same spot.
      await dash.goto(`chrome-extension://${session.extensionId}/dashboard.html#view=settings`);
      await dash.getByLabel(either('settings.addHost')).fill(`http://localhost:${server.port}`);
      await dash.getByLabel(either('settings.kind.personnel')).check();
      await click(dash, 'settings.addHostButton.personnel');
      await dash.waitForFunction(() => document.querySelectorAll('ul.hosts li').length === 2);
      await scan('settings, two hosts', dash, dash);
      const page = await session.context.newPage();
      await page.goto(`http://localhost:${server.port}/personnel/sag.html`);
      await page.locator('tus-assistent-personnel button').click();
      const frame = (await (await page.waitForSelector('iframe[src^="chrome-extension://"]')).contentFrame())!;
      await frame.waitForSelector('main');
      await scanOurs('personnel page, our button and frame', page);
      await scan('personnel panel', frame, page);
      const row = frame.locator(`li[data-employee-id="${east.employeeIds[0]}"]`);
      await row.getByRole('button', { name: either('personnel.prepare', { prefix: true }) }).click();
      await row.locator('.downloads a').first().waitFor();
      await scan('personnel panel, files ready', frame, page);
      await page.close();
    });
    await kit.close();

    // The same text on several screens (the sidebar, say) is listed once, with every screen.
    const grouped = new Map<string, string[]>();
    for (const f of findings) {
      const line = `"${f.match}" in ${f.where}: ${f.text}`;
      grouped.set(line, [...new Set([...(grouped.get(line) ?? []), f.screen])]);
    }
    const report = [...grouped].map(([line, screens]) => `${line}  [${screens.join('; ')}]`);
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(
      join(ARTIFACTS, 'english-findings.txt'),
      [...unreachable.map((u) => `UNREACHED ${u}`), ...report, ...[...materialSeen].map((m) => `(material, Danish on purpose) ${m}`)].join(
        '\n',
      ) + '\n',
    );
    expect(unreachable, 'screens the test could not reach').toEqual([]);
    expect(report, 'Danish UI text in an English browser').toEqual([]);
  }, 900_000);
});

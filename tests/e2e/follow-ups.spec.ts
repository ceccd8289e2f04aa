// Issue 14: follow-up meetings from the team page, their calendar files, the invitation through the
// webmail panel, a meeting held with the agreements marked, and the popup's next step at each point.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchExtension, openTestkit, screenshot } from './support/browser';
import { startFixtureServer } from './support/fixture-server';
import { addWebmailHost, openOverlay } from './support/webmail';

let session: ExtensionSession;
let server: Awaited<ReturnType<typeof startFixtureServer>>;
/** The team and cycle of the first test, which the second carries on from. */
let seeded: { teamId: string; cycleId: string } | null = null;

const DAY = 86_400_000;
const TEAM = 'Team "Nord"; Øst';
const PEOPLE = [
  { name: 'Anne "Nanna" Holm', email: 'anne@randers.dk' },
  { name: 'Bo; Berg: ROLE=CHAIR, 👩‍👩‍👧', email: 'bo@randers.dk' },
];
// Danish wall-clock times; the browser runs in Europe/Copenhagen.
const FIRST = Date.UTC(2027, 2, 10, 13, 0); // 10 March 2027 14:00 CET
const SECOND = Date.UTC(2027, 5, 9, 6, 30); // 9 June 2027 08:30 CEST

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function popupStep(teamId: string): Promise<{ label: string | null; due: string | null }> {
  const popup = await session.open('popup.html');
  const row = popup.locator(`li[data-team-id="${teamId}"]`);
  await row.waitFor();
  const label = await row.locator('.step-label').textContent();
  const due = (await row.locator('.due').count()) ? await row.locator('.due').textContent() : null;
  await popup.close();
  return { label, due };
}

/**
 * A plain TUS team of PEOPLE whose session has just ended (the team plan next), with `rows` on
 * its sheet as typed in the session (`employee`: an index into PEOPLE, or null for the team's).
 */
async function seedAfterSession(team: string, rows: { employee: number | null; text: string; term?: 'short' | 'long' }[]) {
  const kit = await openTestkit(session);
  const sessionAt = Date.now() - 3 * DAY;
  const { teamId, cycleId, employeeIds } = await kit.evaluate(
    ([name, people, at]) => window.testkit.seedTeam(name, people, 'tus', 'session', at),
    [team, PEOPLE, sessionAt] as const,
  );
  const agreements = rows.map(({ employee, text, term }) => ({
    employeeId: employee === null ? null : employeeIds[employee]!,
    text,
    ...(term ? { term } : {}),
  }));
  await kit.evaluate(([id, list]) => window.testkit.addAgreements(id, list), [cycleId, agreements] as const);
  // The session's last phases.
  await kit.evaluate(
    ([id, at]) =>
      window.testkit.appendEvents(id, [
        { type: 'leader.nextPhase', at: at + 45 * 60_000 },
        { type: 'leader.nextPhase', at: at + 60 * 60_000 },
      ]),
    [cycleId, sessionAt] as const,
  );
  const state = await kit.evaluate((id) => window.testkit.stateOf(id), cycleId);
  await kit.close();
  return { teamId, cycleId, state };
}

/**
 * The fixture's Outlook compose with our panel open, its host added as webmail first (adding it
 * again keeps it, so each test also runs alone).
 */
async function composeWithPanel() {
  expect(await addWebmailHost(session, `http://localhost:${server.port}`)).toContain('er tilføjet');
  const mail = await session.context.newPage();
  await mail.goto(`http://localhost:${server.port}/outlook/compose.html`);
  await mail.waitForSelector('tus-assistent-button', { state: 'attached' });
  return { mail, frame: await openOverlay(mail) };
}

async function planMeeting(panel: ReturnType<Page['locator']>, date: string, time: string, form: string, place: string) {
  await panel.getByLabel('Dato').fill(date);
  await panel.getByLabel('Klokkeslæt').fill(time);
  await panel.getByLabel('Mødeform').selectOption({ label: form });
  await panel.getByLabel('Sted').fill(place);
  await panel.getByRole('button', { name: 'Planlæg opfølgningsmøde' }).click();
}

/** Saves the meeting's calendar file from the team page and parses it back with ical.js. */
async function downloadIcs(dash: Page, index: number) {
  const download = dash.waitForEvent('download');
  await dash.locator(`section.follow-ups li[data-meeting-index="${index}"]`).getByRole('button', { name: 'Hent kalenderfil' }).click();
  const file = await download;
  const text = readFileSync(await file.path(), 'utf8');
  for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
  return { name: file.suggestedFilename(), vevent, event: new ICAL.Event(vevent) };
}

/** Runs axe on `include` and gives the serious and critical violations, one line each. */
async function axe(page: Page, include: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).include(include).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id}: ${n.target.join(' ')} (${v.help})`));
}

describe('follow-up meetings in Chromium', () => {
  it('plans two meetings with calendar files, invites through the panel, holds one with the agreements marked', async () => {
    const { teamId, cycleId, state } = await seedAfterSession(TEAM, [
      { employee: null, text: 'Sparring hver fredag', term: 'short' },
      { employee: null, text: 'Fælles kursus i konflikthåndtering', term: 'long' },
      { employee: 0, text: 'Kursus i forflytning' },
    ]);
    expect(state).toBe('teamPlan');
    seeded = { teamId, cycleId };

    // The session is over and the team plan not yet written.
    expect((await popupStep(teamId)).label).toBe('Udfyld teamudviklingsplanen og aftal opfølgning');

    const dash = await session.open(`dashboard.html#teamId=${teamId}`);
    const panel = dash.locator('section.follow-ups');
    await panel.waitFor();
    expect(await panel.getByText('Ingen opfølgningsmøder er planlagt endnu.').count()).toBe(1);
    // Planned out of order: listed in time order.
    await planMeeting(panel, '2027-06-09', '08:30', 'Personalemøde', 'Kantinen');
    await expect.poll(() => panel.locator('li[data-meeting-index]').count()).toBe(1);
    await planMeeting(panel, '2027-03-10', '14:00', 'Teammøde', 'Mødelokale 2, "Rådhuset"');
    await expect.poll(() => panel.locator('li[data-meeting-index]').count()).toBe(2);
    const meetings = await panel.locator('li[data-meeting-index]').allTextContents();
    expect(meetings[0]).toContain('Teammøde · Mødelokale 2, "Rådhuset" · Næste møde');
    expect(meetings[1]).toContain('Personalemøde · Kantinen · Planlagt');

    // Both calendar files parse back, hostile names and all.
    const first = await downloadIcs(dash, 0);
    expect(first.name).toBe('Opfølgning_Team_Nord_;_Øst_2027-03-10.ics');
    expect(first.event.startDate.toJSDate().getTime()).toBe(FIRST);
    expect(first.event.summary).toBe(`Opfølgning på TUS – ${TEAM}`);
    expect(first.event.location).toBe('Mødelokale 2, "Rådhuset"');
    expect(first.vevent.getAllProperties('attendee').map((a) => [a.getParameter('cn'), String(a.getFirstValue())])).toEqual([
      ["Anne 'Nanna' Holm", 'mailto:anne@randers.dk'],
      ['Bo; Berg: ROLE=CHAIR, 👩‍👩‍👧', 'mailto:bo@randers.dk'],
    ]);
    expect(first.vevent.getAllProperties('attendee').every((a) => a.getParameter('role') === 'REQ-PARTICIPANT')).toBe(true);
    const second = await downloadIcs(dash, 1);
    expect(second.event.startDate.toJSDate().getTime()).toBe(SECOND);
    expect(second.event.location).toBe('Kantinen');
    expect(second.event.uid).not.toBe(first.event.uid);

    // The next step names the first meeting by its date.
    expect(await popupStep(teamId)).toEqual({ label: 'Hold opfølgningsmøde', due: 'Frist 10. mar. 2027' });

    // The invitation through the webmail panel.
    const { mail, frame } = await composeWithPanel();
    const item = frame.locator(`li[data-follow-up="follow-up:${cycleId}:${FIRST}"]`);
    await item.getByRole('button', { name: 'Indsæt invitation' }).click();
    await item.locator('.result .fields').waitFor({ timeout: 20_000 });
    expect((await item.locator('.fields li').allTextContents()).slice(0, 3)).toEqual(['✓ Modtagere', '✓ Emne', '✓ Brevtekst']);
    expect((await mail.locator('[data-recipient]').allTextContents()).sort()).toEqual(['anne@randers.dk', 'bo@randers.dk']);
    expect(await mail.locator('#subject').inputValue()).toBe(`Opfølgning på TUS – ${TEAM}, onsdag den 10. marts 2027`);
    expect(await mail.locator('#body').textContent()).toContain('teammøde onsdag den 10. marts 2027 kl. 14.00');
    expect(await mail.locator('[data-attachment]').evaluateAll((els) => els.map((e) => e.getAttribute('data-attachment')))).toEqual([
      'Opfølgning_Team_Nord_;_Øst_2027-03-10.ics',
    ]);
    await screenshot(mail, 'follow-up-invitation');
    expect(await axe(mail, 'iframe[title="TUS-assistent"]')).toEqual([]);
    await mail.close();

    // At the meeting: the agreements one by one.
    const row = (text: string) => panel.locator('li.agreement-status-row').filter({ hasText: text });
    const mark = async (text: string, status: string, note = '') => {
      await row(text).getByLabel('Status', { exact: true }).selectOption({ label: status });
      await row(text).getByLabel('Note').fill(note);
      await row(text).getByRole('button', { name: 'Gem status' }).click();
    };
    await mark('Sparring hver fredag', 'I gang');
    await expect.poll(() => row('Sparring hver fredag').getAttribute('data-status')).toBe('underWay');
    // Dropped needs a note: the button waits for one.
    await row('Fælles kursus').getByLabel('Status', { exact: true }).selectOption({ label: 'Droppet' });
    expect(await row('Fælles kursus').getByRole('button', { name: 'Gem status' }).isDisabled()).toBe(true);
    await mark('Fælles kursus', 'Droppet', 'Intet budget i år');
    await mark('Kursus i forflytning', 'Gennemført');
    await mark('Sparring hver fredag', 'Gennemført', 'Kører hver uge');
    await expect.poll(() => row('Sparring hver fredag').getAttribute('data-status')).toBe('done');
    await expect.poll(() => row('Fælles kursus').getAttribute('data-status')).toBe('dropped');
    await expect.poll(() => row('Kursus i forflytning').getAttribute('data-status')).toBe('done');
    expect(await row('Fælles kursus').locator('.status').textContent()).toBe('Status: Droppet – Intet budget i år');
    const history = row('Sparring hver fredag').locator('details.status-history');
    expect(await history.locator('summary').textContent()).toBe('Historik (2)');
    await history.locator('summary').click();
    expect(await history.locator('li').allTextContents()).toEqual([
      expect.stringMatching(/: I gang$/),
      expect.stringMatching(/: Gennemført – Kører hver uge$/),
    ]);
    // The individual agreement is grouped under its employee.
    expect(await panel.locator('.agreement-group h5').allTextContents()).toEqual(['Teamets aftaler', 'Anne "Nanna" Holm']);
    await screenshot(dash, 'follow-up-statuses');
    expect(await axe(dash, 'section.follow-ups')).toEqual([]);

    // A meeting is recorded as held from its day on: the page's clock is set to it.
    expect(await panel.getByRole('button', { name: 'Mødet er holdt' }).count()).toBe(0);
    await dash.clock.setFixedTime(FIRST + 60 * 60_000);
    await dash.reload();
    await panel.getByRole('button', { name: 'Mødet er holdt' }).click();
    await expect.poll(() => panel.locator('li[data-meeting-index="0"]').getAttribute('data-held')).toBe('true');
    expect(await panel.locator('li[data-meeting-index="1"]').textContent()).toContain('Næste møde');
    expect(await popupStep(teamId)).toEqual({ label: 'Hold opfølgningsmøde', due: 'Frist 9. jun. 2027' });

    // The panel offers only the meeting still to come.
    const again = await session.context.newPage();
    await again.goto(`http://localhost:${server.port}/outlook/compose.html`);
    await again.waitForSelector('tus-assistent-button', { state: 'attached' });
    const frame2 = await openOverlay(again);
    await expect.poll(() => frame2.locator('li[data-follow-up]').count()).toBe(1);
    expect(await frame2.locator('li[data-follow-up]').getAttribute('data-follow-up')).toBe(`follow-up:${cycleId}:${SECOND}`);
    await again.close();

    // The last meeting held: the cycle can be closed.
    await dash.clock.setFixedTime(SECOND + 60 * 60_000);
    await dash.reload();
    await panel.getByRole('button', { name: 'Mødet er holdt' }).click();
    await expect.poll(() => panel.locator('li[data-meeting-index="1"]').getAttribute('data-held')).toBe('true');
    expect((await popupStep(teamId)).label).toBe('Afslut forløbet');
    await dash.close();
  });

  it('starts the next cycle from the last one: its agreements with their latest status, chosen ones carried over once', async () => {
    if (!seeded) throw new Error('the first test seeds the team');
    const { teamId, cycleId } = seeded;
    const kit = await openTestkit(session);
    await kit.evaluate((id) => window.testkit.appendEvents(id, [{ type: 'leader.closeCycle', at: Date.now() }]), cycleId);
    await kit.close();

    const dash = await session.open(`dashboard.html#teamId=${teamId}`);
    const start = dash.locator('form.start-cycle');
    await start.waitFor();
    await start.getByLabel('TUS (teamudviklingsplan)').check();
    await start.getByLabel('Dato').fill('2027-11-03');
    await start.getByLabel('Tidspunkt').fill('09:00');
    await start.getByLabel('Sted').fill('Mødelokale 1');
    await start.getByRole('button', { name: 'Start nyt forløb' }).click();

    const carry = dash.locator('section.carry-over');
    await carry.waitFor();
    const row = (text: string) => carry.locator('li').filter({ hasText: text });
    expect(await row('Sparring hver fredag').locator('small').textContent()).toBe(' Gennemført – Kører hver uge');
    expect(await row('Fælles kursus').locator('small').textContent()).toBe(' Droppet – Intet budget i år');
    expect(await row('Kursus i forflytning').textContent()).toContain('Anne "Nanna" Holm:');
    expect(await axe(dash, 'section.carry-over')).toEqual([]);
    await row('Sparring hver fredag').getByRole('checkbox').check();
    await row('Kursus i forflytning').getByRole('checkbox').check();
    await carry.getByRole('button', { name: 'Overfør de valgte aftaler' }).click();
    await expect.poll(() => carry.getByRole('status').textContent()).toBe('2 aftaler er overført til det nye forløb.');
    await expect.poll(() => row('Sparring hver fredag').getAttribute('data-carried')).toBe('true');
    expect(await row('Kursus i forflytning').getAttribute('data-carried')).toBe('true');
    expect(await row('Fælles kursus').getAttribute('data-carried')).toBe('false');
    expect(await row('Sparring hver fredag').getByRole('checkbox').isDisabled()).toBe(true);
    await screenshot(dash, 'follow-up-carry-over');
    await dash.close();
  });
  it('plans a one-to-one with the employee chosen, whose calendar file and invitation go to them alone', async () => {
    const { teamId, cycleId } = await seedAfterSession('Team Syd', [
      { employee: null, text: 'Sparring hver fredag', term: 'short' },
      { employee: 1, text: 'Bo tager kursus i konflikthåndtering' },
    ]);

    const dash = await session.open(`dashboard.html#teamId=${teamId}`);
    const panel = dash.locator('section.follow-ups');
    await panel.waitFor();
    // A one-to-one asks who it is with, and plans nothing until it knows.
    expect(await panel.getByLabel('Medarbejder').count()).toBe(0);
    await planMeeting(panel, '2027-03-10', '14:00', 'Samtale med den enkelte', 'Mit kontor');
    const refusal = 'Vælg, hvem samtalen er med. Invitationen går kun til vedkommende.';
    await expect.poll(() => panel.getByText(refusal).count()).toBe(1);
    expect(await panel.getByLabel('Medarbejder').getAttribute('aria-invalid')).toBe('true');
    expect(await panel.locator('li[data-meeting-index]').count()).toBe(0);
    await panel.getByLabel('Medarbejder').selectOption({ label: PEOPLE[1]!.name });
    await panel.getByRole('button', { name: 'Planlæg opfølgningsmøde' }).click();
    await expect.poll(() => panel.locator('li[data-meeting-index]').count()).toBe(1);
    expect(await panel.locator('li[data-meeting-index="0"]').textContent()).toContain(
      `Samtale med den enkelte med ${PEOPLE[1]!.name} · Mit kontor`,
    );

    const ics = await downloadIcs(dash, 0);
    expect(ics.vevent.getAllProperties('attendee').map((a) => String(a.getFirstValue()))).toEqual(['mailto:bo@randers.dk']);

    const { mail, frame } = await composeWithPanel();
    const item = frame.locator(`li[data-follow-up="follow-up:${cycleId}:${FIRST}"]`);
    expect(await item.textContent()).toContain(`Samtale med den enkelte med ${PEOPLE[1]!.name}`);
    await item.getByRole('button', { name: 'Indsæt invitation' }).click();
    await item.locator('.result .fields').waitFor({ timeout: 20_000 });
    expect(await mail.locator('[data-recipient]').allTextContents()).toEqual(['bo@randers.dk']);
    const body = await mail.locator('#body').textContent();
    expect(body).toContain(`Kære ${PEOPLE[1]!.name}`);
    expect(body).toContain('Bo tager kursus i konflikthåndtering');
    expect(body).toContain('Sparring hver fredag');
    await mail.close();
    await dash.close();
  });
});

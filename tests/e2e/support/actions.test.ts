// The counting wrapper itself, over stand-ins for Playwright's page, frame and locator: what the
// leader does is counted by kind and flow, and a switch to another tab counts once per switch.
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ActionCounter } from './actions';

function fakeLocator(log: string[], name: string): unknown {
  return {
    click: async () => void log.push(`click ${name}`),
    fill: async (v: string) => void log.push(`fill ${name}=${v}`),
    press: async (k: string) => void log.push(`press ${name} ${k}`),
    check: async () => void log.push(`check ${name}`),
    getByRole: (role: string) => fakeLocator(log, `${name}>${role}`),
    locator: (s: string) => fakeLocator(log, `${name}>${s}`),
    first: () => fakeLocator(log, name),
  };
}

function fakeTab(log: string[], id: string) {
  const tab = {
    getByRole: (role: string) => fakeLocator(log, `${id}:${role}`),
    getByLabel: (text: string) => fakeLocator(log, `${id}:${text}`),
    locator: (s: string) => fakeLocator(log, `${id}:${s}`),
    waitForEvent: async () => ({ setFiles: async (f: string) => void log.push(`files ${f}`) }),
  };
  const frame = { ...tab, parentFrame: () => null, page: () => tab };
  return { tab: tab as unknown as Page, frame: frame as unknown as Frame };
}

describe('the action counter', () => {
  it('counts clicks, fills, Enter as a submit, file dialogs and tab switches, per flow, and does the action', async () => {
    const log: string[] = [];
    const a = fakeTab(log, 'a');
    const b = fakeTab(log, 'b');
    const leader = new ActionCounter();
    leader.flow('one');
    await leader.as(a.tab).getByLabel('Navn').fill('Bo');
    await leader.as(a.tab).getByLabel('Navn').press('Enter');
    await leader.as(a.tab).getByLabel('Navn').press('Tab');
    // The panel in tab a is a frame of it: no switch.
    await leader.as(a.frame).getByRole('button').click();
    await leader.as(b.tab).locator('x').chooseFiles('f.pdf');
    expect(leader.tally('one')).toEqual({ total: 7, byKind: { fill: 1, submit: 1, key: 1, click: 2, tabSwitch: 1, file: 1 } });
    leader.flow('two');
    await leader.as(b.tab).locator('y').first().click();
    await leader.as(a.tab).locator('z').click();
    expect(leader.tally('two')).toEqual({ total: 3, byKind: { click: 2, tabSwitch: 1 } });
    expect(leader.tally('one').total).toBe(7);
    expect(log).toEqual([
      'fill a:Navn=Bo',
      'press a:Navn Enter',
      'press a:Navn Tab',
      'click a:button',
      'click b:x',
      'files f.pdf',
      'click b:y',
      'click a:z',
    ]);
  });
});

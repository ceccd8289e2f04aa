// Counts the leader's actions in a browser test (issue 19): every click, field filled, file chosen,
// key pressed (Enter counts as a submit) and switch to another tab the test makes *as the leader*
// goes through this wrapper and is tallied per flow. Reads and waits the test makes to check the
// outcome go straight to Playwright and are not counted. Counts are deterministic, unlike timings.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Locator, Page } from 'playwright-core';
import { ARTIFACTS } from './browser';

/** Where the counts go; `npm run bench` prints them beside the manual baseline (bench/action-table.ts). */
export const COUNTS_FILE = join(ARTIFACTS, 'action-counts.json');

/**
 * Adds one flow's tally for a team size to COUNTS_FILE, keeping the other flows and sizes. Flows
 * the bench knows: 'consent' (every request sent), 'replies' (every reply recorded), 'archive'.
 */
export function recordCounts(flow: string, employees: number, tally: Tally): void {
  mkdirSync(ARTIFACTS, { recursive: true });
  const all = existsSync(COUNTS_FILE) ? (JSON.parse(readFileSync(COUNTS_FILE, 'utf8')) as Record<string, Record<string, Tally>>) : {};
  all[flow] = { ...all[flow], [employees]: tally };
  writeFileSync(COUNTS_FILE, `${JSON.stringify(all, null, 2)}\n`);
}

export type ActionKind = 'click' | 'fill' | 'file' | 'submit' | 'key' | 'check' | 'tabSwitch';

export interface Tally {
  total: number;
  byKind: Partial<Record<ActionKind, number>>;
}

/** A locator whose actions count; `raw` is the plain Playwright locator for reads and waits. */
export interface LeaderLocator {
  raw: Locator;
  click(): Promise<void>;
  fill(value: string): Promise<void>;
  /** Enter counts as a submit, any other key as a key press. */
  press(key: string): Promise<void>;
  check(): Promise<void>;
  /** Chooses files in the file dialog the click opens: one action for the dialog, as a person would see it. */
  chooseFiles(files: string | string[]): Promise<void>;
  getByRole(role: Parameters<Locator['getByRole']>[0], options?: Parameters<Locator['getByRole']>[1]): LeaderLocator;
  locator(selector: string): LeaderLocator;
  first(): LeaderLocator;
}

/** Where the leader acts: a tab (Page) or a frame in it (our panels are iframes inside a tab). */
export interface LeaderView {
  getByRole(role: Parameters<Page['getByRole']>[0], options?: Parameters<Page['getByRole']>[1]): LeaderLocator;
  getByLabel(text: string | RegExp, options?: Parameters<Page['getByLabel']>[1]): LeaderLocator;
  locator(selector: string): LeaderLocator;
}

export class ActionCounter {
  private flows = new Map<string, Tally>();
  private current = 'default';
  /** The tab of the leader's last action: acting in another one is a tab switch. */
  private lastTab: Page | null = null;

  /** Counts from now on go to `name` (a flow of the table: consent round, replies, archive round). */
  flow(name: string): void {
    this.current = name;
    if (!this.flows.has(name)) this.flows.set(name, { total: 0, byKind: {} });
  }

  tally(name = this.current): Tally {
    const t = this.flows.get(name) ?? { total: 0, byKind: {} };
    return { total: t.total, byKind: { ...t.byKind } };
  }

  private count(kind: ActionKind): void {
    this.flow(this.current);
    const t = this.flows.get(this.current)!;
    t.total++;
    t.byKind[kind] = (t.byKind[kind] ?? 0) + 1;
  }

  /** Before each action: a different tab than the last action's is one switch (the first tab is not). */
  private inTab(tab: Page): void {
    if (this.lastTab && this.lastTab !== tab) this.count('tabSwitch');
    this.lastTab = tab;
  }

  /** The leader's hands on a tab or a frame in it. */
  as(target: Page | Frame): LeaderView {
    const tab = 'parentFrame' in target ? target.page() : target;
    const wrap = (raw: Locator): LeaderLocator => this.wrap(raw, tab);
    return {
      getByRole: (role, options) => wrap(target.getByRole(role, options)),
      getByLabel: (text, options) => wrap(target.getByLabel(text, options)),
      locator: (selector) => wrap(target.locator(selector)),
    };
  }

  private wrap(raw: Locator, tab: Page): LeaderLocator {
    const act = async (kind: ActionKind, run: () => Promise<unknown>) => {
      this.inTab(tab);
      this.count(kind);
      await run();
    };
    return {
      raw,
      click: () => act('click', () => raw.click()),
      fill: (value) => act('fill', () => raw.fill(value)),
      press: (key) => act(key === 'Enter' ? 'submit' : 'key', () => raw.press(key)),
      check: () => act('check', () => raw.check()),
      chooseFiles: async (files) => {
        const chooser = tab.waitForEvent('filechooser');
        await act('click', () => raw.click());
        this.count('file');
        await (await chooser).setFiles(files);
      },
      getByRole: (role, options) => this.wrap(raw.getByRole(role, options), tab),
      locator: (selector) => this.wrap(raw.locator(selector), tab),
      first: () => this.wrap(raw.first(), tab),
    };
  }
}

import { sha256 as realSha256 } from '@noble/hashes/sha2.js';
import { Dexie } from 'dexie';
import * as v from 'valibot';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '../../../lib/browser/db';
import { getDb as standInGetDb } from '../../../lib/browser/worker-lazy/browser-db';
import { readReply as standInReadReply } from '../../../lib/browser/worker-lazy/consent-classify';
import * as standInCycle from '../../../lib/browser/worker-lazy/cycle.machine';
import StandInDexie from '../../../lib/browser/worker-lazy/dexie';
import { da as standInDa } from '../../../lib/browser/worker-lazy/i18n-da';
import { en as standInEn } from '../../../lib/browser/worker-lazy/i18n-en';
import { provideWorkerLazy, WORKER_SCRIPTS } from '../../../lib/browser/worker-lazy/load';
import { MessageSchema as WorkerMessageSchema } from '../../../lib/browser/worker-lazy/message';
import { sha256 as standInSha256 } from '../../../lib/browser/worker-lazy/noble-sha2';
import * as standInStep from '../../../lib/browser/worker-lazy/pure-step';
import * as standInWork from '../../../lib/browser/worker-lazy/worker-work';
import type * as Work from '../../../lib/browser/worker-work';
import { readReply } from '../../../lib/consent/classify';
import { scriptEvents } from '../../../lib/demo/script';
import { da } from '../../../lib/i18n/da';
import { en } from '../../../lib/i18n/en';
import { MessageSchema } from '../../../lib/messaging/message';
import * as realCycle from '../../../machines/cycle.machine';
import * as realStep from '../../../machines/pure-step';

// The work script's exports, as calls recorded (the real ones are tested where they live).
const work = {
  answerOverlay: vi.fn(async () => 'overlay answer'),
  answerPersonnel: vi.fn(async () => 'personnel answer'),
  refreshReminders: vi.fn(async () => ({ badge: 1, shown: [] })),
  openFromNotification: vi.fn(async () => undefined),
  rebuildStepRows: vi.fn(async () => 3),
  syncRegisteredHosts: vi.fn(async () => undefined),
} as unknown as typeof Work;

// In the worker, importScripts('/worker-machines.js') evaluates entrypoints/worker-machines.ts, which
// provides these; and so for the replies.
const importScripts = vi.fn((url: string) => {
  if (url === WORKER_SCRIPTS.machines) {
    provideWorkerLazy({
      cycleMachine: realCycle.cycleMachine,
      initialSnapshot: realStep.initialSnapshot,
      pureStep: realStep.pureStep,
      sha256: realSha256,
    });
  } else if (url === WORKER_SCRIPTS.db) {
    provideWorkerLazy({ getDb, Dexie });
  } else if (url === WORKER_SCRIPTS.work) {
    provideWorkerLazy({ work });
  } else if (url === WORKER_SCRIPTS.replies) {
    provideWorkerLazy({ readReply });
  } else throw new Error(`No script ${url}`);
});
vi.stubGlobal('importScripts', importScripts);
afterEach(() => void vi.clearAllMocks());

const employees = ['e1', 'e2', 'e3'];
const events = scriptEvents('tus-iku', employees, Date.UTC(2026, 0, 5, 8), 'archived');

describe("the service worker's lazy half", () => {
  it('is not loaded by importing the stand-ins, nor by what needs no machine', () => {
    expect(standInCycle.CYCLE_MACHINE_VERSION).toBe(realCycle.CYCLE_MACHINE_VERSION);
    const context = { ikus: [{ employeeId: 'e2' }, { employeeId: 'e1' }] } as unknown as realCycle.CycleContext;
    expect(standInCycle.ikuOf(context, 'e1')).toBe(realCycle.ikuOf(context, 'e1'));
    expect(standInCycle.ikuOf(context, 'e9')).toBeUndefined();
    expect(importScripts).not.toHaveBeenCalled();
  });

  it('replays through the stand-ins exactly as through the machine, loading the script once', () => {
    const fold = (step: typeof realStep, machine: typeof realCycle.cycleMachine) => {
      const states = [];
      let s = step.initialSnapshot(machine, { variant: 'tus-iku' });
      for (const e of events) {
        s = step.pureStep(machine, s, e);
        states.push({ value: s.value, context: s.context });
      }
      // A refused event returns the very same snapshot object (callers rely on it).
      expect(step.pureStep(machine, s, { type: 'leader.startSession', at: 0 })).toBe(s);
      return states;
    };
    expect(fold(standInStep, standInCycle.cycleMachine)).toEqual(fold(realStep, realCycle.cycleMachine));
    expect(importScripts.mock.calls).toEqual([[WORKER_SCRIPTS.machines]]);
    expect(events.length).toBeGreaterThan(20);
  });

  it('forwards method calls on the machine (resolveState for cached snapshots)', () => {
    let s = realStep.initialSnapshot(realCycle.cycleMachine, { variant: 'tus-iku' });
    for (const e of events.slice(0, 6)) s = realStep.pureStep(realCycle.cycleMachine, s, e);
    const cached = { value: s.value, context: s.context };
    const viaStandIn = standInCycle.cycleMachine.resolveState(cached);
    expect(viaStandIn.value).toEqual(realCycle.cycleMachine.resolveState(cached).value);
    expect(viaStandIn.can(events[6]!)).toBe(true);
  });

  it("holds the reminders' texts, as the catalogs have them, in both languages and no other text", () => {
    const reminderKeys = Object.keys(da).filter((key) => key.startsWith('reminder.'));
    expect(reminderKeys.length).toBeGreaterThanOrEqual(8);
    for (const [standIn, catalog] of [
      [standInDa, da],
      [standInEn, en],
    ] as const) {
      expect(Object.keys(standIn).sort()).toEqual([...reminderKeys].sort());
      for (const key of reminderKeys) expect(standIn[key as keyof typeof da]).toBe(catalog[key as keyof typeof da]);
    }
    expect(importScripts).not.toHaveBeenCalled();
  });

  it("checks a passing message key's form, where the panel checks it against the catalog", () => {
    const passes = (schema: typeof MessageSchema, key: unknown) => v.safeParse(schema, { key }).success;
    for (const key of Object.keys(da)) expect(passes(WorkerMessageSchema, key), key).toBe(true);
    for (const key of ['__proto__', 'constructor', 'fill', 'fill.', 'fill.no To', '.fill', `fill.${'x'.repeat(100)}`, 7, null])
      expect(passes(WorkerMessageSchema, key), String(key)).toBe(false);
    // A key of the right form that the catalog lacks is the panel's to refuse.
    expect(passes(WorkerMessageSchema, 'fill.noSuchProblem')).toBe(true);
    expect(passes(MessageSchema, 'fill.noSuchProblem')).toBe(false);
    expect(passes(MessageSchema, 'fill.noTo')).toBe(true);
  });

  it('reads replies as the module does, from their own script', () => {
    const reply = { text: 'Jeg godkender min IKU version 2.', version: 2 };
    expect(standInReadReply(reply)).toEqual(readReply(reply));
    expect(importScripts.mock.calls).toEqual([[WORKER_SCRIPTS.replies]]);
  });

  it("opens the one database, and reads Dexie's statics, from the database script", () => {
    expect(standInGetDb()).toBe(getDb());
    expect(StandInDexie.maxKey).toBe(Dexie.maxKey);
    expect(StandInDexie.minKey).toBe(Dexie.minKey);
    expect(importScripts.mock.calls).toEqual([[WORKER_SCRIPTS.db]]);
  });

  it('hands each piece of work to the work script, loaded once at the first', async () => {
    const ctx = { tabId: 4, now: 5 };
    const request = { type: 'tus.overlay.list' } as const;
    expect(await standInWork.answerOverlay(request, ctx)).toBe('overlay answer');
    expect(work.answerOverlay).toHaveBeenCalledWith(request, ctx);
    expect(await standInWork.answerPersonnel({ type: 'tus.personnel.pending' }, ctx)).toBe('personnel answer');
    expect(await standInWork.refreshReminders()).toEqual({ badge: 1, shown: [] });
    await standInWork.openFromNotification('reminder-1');
    expect(work.openFromNotification).toHaveBeenCalledWith('reminder-1');
    await standInWork.rebuildStepRows();
    await standInWork.syncRegisteredHosts();
    expect(work.rebuildStepRows).toHaveBeenCalledTimes(1);
    expect(work.syncRegisteredHosts).toHaveBeenCalledTimes(1);
    expect(importScripts.mock.calls).toEqual([[WORKER_SCRIPTS.work]]);
  });

  it('hashes as @noble/hashes does', () => {
    const bytes = new TextEncoder().encode('Aftale – æøå');
    expect(standInSha256(bytes)).toEqual(realSha256(bytes));
    expect(standInSha256.outputLen).toBe(32);
    expect(typeof standInSha256).toBe('function');
  });
});

import { sha256 as realSha256 } from '@noble/hashes/sha2.js';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '../../../lib/browser/db';
import { getDb as standInGetDb } from '../../../lib/browser/worker-lazy/browser-db';
import { readReply as standInReadReply } from '../../../lib/browser/worker-lazy/consent-classify';
import * as standInCycle from '../../../lib/browser/worker-lazy/cycle.machine';
import StandInDexie from '../../../lib/browser/worker-lazy/dexie';
import { da as standInDa } from '../../../lib/browser/worker-lazy/i18n-da';
import { en as standInEn } from '../../../lib/browser/worker-lazy/i18n-en';
import { provideWorkerLazy, WORKER_SCRIPTS } from '../../../lib/browser/worker-lazy/load';
import { sha256 as standInSha256 } from '../../../lib/browser/worker-lazy/noble-sha2';
import * as standInStep from '../../../lib/browser/worker-lazy/pure-step';
import { readReply } from '../../../lib/consent/classify';
import { scriptEvents } from '../../../lib/demo/script';
import { da } from '../../../lib/i18n/da';
import { en } from '../../../lib/i18n/en';
import * as realCycle from '../../../machines/cycle.machine';
import * as realStep from '../../../machines/pure-step';

// In the worker, importScripts('/worker-machines.js') evaluates entrypoints/worker-machines.ts, which
// provides these; and so for the texts.
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
  } else if (url === WORKER_SCRIPTS.texts) {
    provideWorkerLazy({ da, readReply });
  } else if (url === WORKER_SCRIPTS.english) {
    provideWorkerLazy({ en });
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

  it('gives the texts and reads replies as the modules do', () => {
    expect(standInDa['step.planCycle']).toBe(da['step.planCycle']);
    expect(Object.keys(standInDa)).toEqual(Object.keys(da));
    const reply = { text: 'Jeg godkender min IKU version 2.', version: 2 };
    expect(standInReadReply(reply)).toEqual(readReply(reply));
    expect(importScripts.mock.calls).toEqual([[WORKER_SCRIPTS.texts]]);
  });

  it('loads the English texts only when one is read, from their own script', () => {
    expect(standInEn['step.planCycle']).toBe(en['step.planCycle']);
    expect(importScripts.mock.calls).toEqual([[WORKER_SCRIPTS.english]]);
  });

  it("opens the one database, and reads Dexie's statics, from the database script", () => {
    expect(standInGetDb()).toBe(getDb());
    expect(StandInDexie.maxKey).toBe(Dexie.maxKey);
    expect(StandInDexie.minKey).toBe(Dexie.minKey);
    expect(importScripts.mock.calls).toEqual([[WORKER_SCRIPTS.db]]);
  });

  it('hashes as @noble/hashes does', () => {
    const bytes = new TextEncoder().encode('Aftale – æøå');
    expect(standInSha256(bytes)).toEqual(realSha256(bytes));
    expect(standInSha256.outputLen).toBe(32);
    expect(typeof standInSha256).toBe('function');
  });
});

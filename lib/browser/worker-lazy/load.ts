// The Chrome service worker's lazy half. The worker parses everything it holds at every wake,
// and many wakes need little: a closed tab or a panel's registration touches no database, the
// reminder alarm and the overlay's lists write nothing. So the work itself (answering a panel, the
// reminders, the step rows, the host sync: worker-work.ts), the database (Dexie), XState and the
// machines with SHA-256 (for writes), and the reading of consent replies are four more scripts,
// each loaded at first use. Chrome streams every one of them to the worker at every start, used or
// not, so they hold only what the worker runs (its texts are the reminders', i18n-da.ts).
// import() is not allowed in a service worker; importScripts() is, synchronously, for a script
// the worker imported while it was installing (startWorkerLazy below).
import type { sha256 } from '@noble/hashes/sha2.js';
import type { Dexie } from 'dexie';
import type { cycleMachine } from '../../../machines/cycle.machine';
import type { initialSnapshot, pureStep } from '../../../machines/pure-step';
import type { readReply } from '../../consent/classify';
import type { getDb } from '../db';
import type * as Work from '../worker-work';

/** /worker-db.js (entrypoints/worker-db.ts). */
export interface WorkerDatabase {
  getDb: typeof getDb;
  Dexie: typeof Dexie;
}

/** /worker-machines.js (entrypoints/worker-machines.ts). */
export interface WorkerMachines {
  cycleMachine: typeof cycleMachine;
  initialSnapshot: typeof initialSnapshot;
  pureStep: typeof pureStep;
  sha256: typeof sha256;
}

/** /worker-replies.js (entrypoints/worker-replies.ts): only recording or matching a reply reads one. */
export interface WorkerReplies {
  readReply: typeof readReply;
}

/** /worker-work.js (entrypoints/worker-work.ts): what a wake does beyond its wiring (lib/browser/worker-work.ts). */
export interface WorkerWork {
  work: typeof Work;
}

export type WorkerLazy = WorkerDatabase & WorkerMachines & WorkerReplies & WorkerWork;

export const WORKER_SCRIPTS = {
  db: '/worker-db.js',
  machines: '/worker-machines.js',
  replies: '/worker-replies.js',
  work: '/worker-work.js',
} as const;
const SCRIPT_OF: Record<keyof WorkerLazy, keyof typeof WORKER_SCRIPTS> = {
  getDb: 'db',
  Dexie: 'db',
  cycleMachine: 'machines',
  initialSnapshot: 'machines',
  pureStep: 'machines',
  sha256: 'machines',
  readReply: 'replies',
  work: 'work',
};
const GLOBAL = '__tusWorkerLazy';

type Scope = typeof globalThis & { [GLOBAL]?: Partial<WorkerLazy>; importScripts?: (...urls: string[]) => void };

/** Called by each lazy script when it is evaluated. */
export function provideWorkerLazy(part: Partial<WorkerLazy>): void {
  const scope = globalThis as Scope;
  scope[GLOBAL] = { ...scope[GLOBAL], ...part };
}

/** One export of the lazy half, its script imported (synchronously) the first time it is needed. */
export function workerLazy<K extends keyof WorkerLazy>(key: K): WorkerLazy[K] {
  const scope = globalThis as Scope;
  if (!scope[GLOBAL]?.[key]) scope.importScripts?.(WORKER_SCRIPTS[SCRIPT_OF[key]]);
  const value = scope[GLOBAL]?.[key];
  if (!value) throw new Error(`TUS-assistent: ${WORKER_SCRIPTS[SCRIPT_OF[key]]} did not load`);
  return value as WorkerLazy[K];
}

const standIns = new WeakMap<object, keyof WorkerLazy>();

/**
 * Stands in for one export of the lazy half: every call and property read is forwarded to the
 * real value, loaded at the first. `kind` is the real value's typeof, so that checks see the same.
 */
export function lazyExport<K extends keyof WorkerLazy>(key: K, kind: 'function' | 'object'): WorkerLazy[K] {
  const real = (): object => workerLazy(key);
  const target = kind === 'function' ? function standIn() {} : {};
  const standIn = new Proxy(target, {
    apply: (_, self, args) => Reflect.apply(real() as (...a: unknown[]) => unknown, self, args),
    construct: (_, args) => Reflect.construct(real() as new (...a: unknown[]) => object, args),
    get(_, property) {
      const value: unknown = Reflect.get(real(), property);
      return typeof value === 'function' ? value.bind(real()) : value;
    },
    has: (_, property) => Reflect.has(real(), property),
    // Keys only for objects: a function's own `prototype` may not be hidden by a proxy.
    ...(kind === 'object'
      ? {
          ownKeys: () => Reflect.ownKeys(real()),
          getOwnPropertyDescriptor: (_: object, property: string | symbol) => Reflect.getOwnPropertyDescriptor(real(), property),
        }
      : {}),
  });
  standIns.set(standIn, key);
  return standIn as WorkerLazy[K];
}

/** The real value behind a stand-in made by lazyExport, or the value itself. */
export function unwrapLazy<T>(value: T): T {
  const key = typeof value === 'object' || typeof value === 'function' ? standIns.get(value as object) : undefined;
  return key ? (workerLazy(key) as T) : value;
}

/** The worker imports its lazy scripts once while installing, so that later wakes may load them on demand. */
export function startWorkerLazy(): void {
  const scope = globalThis as Scope;
  scope.addEventListener('install', () => scope.importScripts?.(...Object.values(WORKER_SCRIPTS)));
}

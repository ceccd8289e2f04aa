// Only in `--mode test` builds (wxt.config.ts skips bench-* otherwise). The benchmark's floors
// that run inside an extension page: the same work done as simply as the browser allows
// (bench/run.ts measures each beside ours, alternating, in one browser session).
import { type AnyActorScope, type AnyStateMachine, createActor } from 'xstate';
import { replay, toRow } from '../../lib/cycles/replay';
import { scriptEvents } from '../../lib/demo/script';
import { type CycleEvent, cycleMachine } from '../../machines/cycle.machine';

/** Chrome's own API, as the floor worker's page uses it (no polyfill on either side). */
const { chrome } = globalThis as unknown as {
  chrome: {
    runtime: { sendMessage(message: unknown): Promise<unknown> };
    scripting: {
      registerContentScripts(
        scripts: { id: string; matches: string[]; js: string[]; runAt: 'document_idle'; persistAcrossSessions: boolean }[],
      ): Promise<void>;
      unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
      getRegisteredContentScripts(filter: { ids: string[] }): Promise<unknown[]>;
    };
  };
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** A cycle of about `count` events, as testkit.benchReplay scripts it. */
function benchEvents(count: number): CycleEvent[] {
  const employees = Array.from({ length: Math.ceil((count - 12) / 5) }, (_, i) => `e${i}`);
  return scriptEvents('tus-iku', employees, Date.UTC(2026, 0, 5), 'archived');
}

/** The one actor scope the machine's transition function needs, made once, outside any timing. */
const self = createActor(cycleMachine as AnyStateMachine);
const scope = {
  self,
  id: '',
  sessionId: '',
  system: self.system,
  logger() {},
  defer() {},
  emit() {},
  stopChild() {},
  actionExecutor() {},
} as AnyActorScope;

/** The floor of a replay: the events folded by a plain reducer over the machine's transition function. */
const foldPlain = (events: readonly CycleEvent[]) =>
  events.reduce((s, e) => cycleMachine.transition(s, e, scope), cycleMachine.getInitialSnapshot(scope, { variant: 'tus-iku' }));

/** What benchIkus puts in each IKU: team and individual agreements, written here with jsPDF alone. */
const AGREEMENT = (i: number) => `Aftale ${i}: sparring, sidemandsoplæring og kursus i forflytning – æøå`;
const META = 'Ansvarlig: Lene · Dato: 1. juni 2026';
const APPROVAL =
  'Læs din IKU igennem. Du godkender den skriftligt, fx ved at svare på mailen: "Jeg godkender min IKU version 1." ' +
  'Har du kommentarer til formuleringerne, så skriv dem i dit svar, så retter vi IKU\u2019en og sender en ny version. ' +
  'Den godkendte IKU lægges på din personalesag og sendes til din e-Boks, og din godkendelse arkiveres sammen med den.';

async function pdfsPlain(employees: number): Promise<number> {
  const { jsPDF } = await import('jspdf');
  let bytes = 0;
  for (let e = 0; e < employees; e++) {
    const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
    doc.setProperties({
      title: `IKU 2026 – Medarbejder ${e} Ærø`,
      author: 'Lene',
      subject: 'Individuel kompetenceudviklingsplan, Benchmark-teamet',
      creator: 'TUS-assistent',
    });
    let y = 25;
    const line = (text: string, size: number, bold = false, x = 20) => {
      doc.setFont('helvetica', bold ? 'bold' : 'normal');
      doc.setFontSize(size);
      for (const part of doc.splitTextToSize(text, 170 - (x - 20)) as string[]) {
        doc.text(part, x, y);
        y += size * 0.48;
      }
    };
    line('Individuel kompetenceudviklingsplan (IKU)', 16, true);
    // The same text as our IKU (lib/iku/pdf.ts writeIku), written as simply as jsPDF allows.
    for (const fact of [
      'Team: Benchmark-teamet',
      `Medarbejder: Medarbejder ${e} Ærø`,
      'TUS med IKU holdt: 5. jan. 2026',
      'Planen dækker (12 måneder): 5. jan. 2026 – 4. jan. 2027',
    ])
      line(fact, 10.5);
    line('Teamfokus – teamets aftaler', 13, true);
    for (let a = 0; a < 3; a++) {
      line(AGREEMENT(a), 10.5, false, 26);
      line(META, 9, false, 26);
    }
    line('Individuelt fokus – dine aftaler', 13, true);
    for (let a = 0; a < 5; a++) {
      line(AGREEMENT(3 + e * 5 + a), 10.5, false, 26);
      line(META, 9, false, 26);
    }
    line('Aftalt mellem dig og lederen efter TUS med IKU', 13, true);
    line('Ingen aftaler efter TUS med IKU.', 9);
    line('Opfølgning', 13, true);
    line('Der er endnu ikke planlagt opfølgningsmøder. Hvordan og hvornår aftalerne følges op, aftaler du med din leder.', 10.5);
    line('Godkendelse', 13, true);
    line(`Version 1 · indhold SHA-256 ${'0'.repeat(64)}`, 9);
    line(APPROVAL, 10.5);
    line('Eller godkend med underskrift på papir:', 10.5);
    for (const who of ['Medarbejder', 'Leder']) {
      y += 6;
      line(`${who} (navn): ______________________________   Dato: ______________`, 10.5);
    }
    doc.setFontSize(8);
    doc.text(`IKU version 1 · indhold SHA-256 ${'0'.repeat(64)}`, 20, 287);
    doc.text('Side 1 af 1', 190, 287, { align: 'right' });
    bytes += doc.output('arraybuffer').byteLength;
  }
  return bytes;
}

const floorkit = {
  /** Median ms of ours (replay through the store's function) and the plain fold, alternating, over the same events. */
  replay(count: number, runs: number): { events: number; ours: number[]; floor: number[] } {
    const events = benchEvents(count);
    const rows = events.map((e, i) => toRow('bench', i + 1, e));
    const ours: number[] = [];
    const floor: number[] = [];
    for (let run = 0; run < runs; run++) {
      let start = performance.now();
      const a = replay('tus-iku', rows);
      ours.push(performance.now() - start);
      start = performance.now();
      const b = foldPlain(events);
      floor.push(performance.now() - start);
      if (a.value !== 'archived' || b.value !== 'archived') throw new Error(`replay ended in ${JSON.stringify([a.value, b.value])}`);
    }
    return { events: events.length, ours, floor };
  },
  /** Time for jsPDF alone to write the IKUs' text into `employees` documents. */
  async pdfs(employees: number): Promise<{ ms: number; bytes: number }> {
    const start = performance.now();
    const bytes = await pdfsPlain(employees);
    return { ms: performance.now() - start, bytes };
  },
  /** Time from sending a message to this extension's worker until its answer. */
  async ask(message: unknown): Promise<{ ms: number; answer: unknown }> {
    const start = performance.now();
    const answer: unknown = await chrome.runtime.sendMessage(message);
    return { ms: performance.now() - start, answer };
  },
  /** Injects the probe and then `script` (ours or the floor's) into pages on localhost from now on. */
  async injectOnLocalhost(script: string): Promise<void> {
    const id = 'bench-content-script';
    if ((await chrome.scripting.getRegisteredContentScripts({ ids: [id] })).length)
      await chrome.scripting.unregisterContentScripts({ ids: [id] });
    await chrome.scripting.registerContentScripts([
      { id, matches: ['http://localhost/*'], js: ['bench-probe.js', script], runAt: 'document_idle', persistAcrossSessions: false },
    ]);
  },
  median,
};

declare global {
  interface Window {
    floorkit: typeof floorkit;
  }
}
window.floorkit = floorkit;
document.body.dataset.ready = 'true';

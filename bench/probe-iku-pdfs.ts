// A quick look at the PDF part of the 40-IKU figure in Node (not part of `npm run bench`):
//   npx vite-node bench/probe-iku-pdfs.ts [rounds]
// Times lib/iku/pdf.ts's ikuPdf for the benchmark's 40 IKUs (one text cache per batch, as
// generateAllIkus shares it) beside the floor's code (jsPDF alone, a copy of
// entrypoints/bench-floor-kit's pdfsPlain), alternating. Names and individual agreements change
// every round, so nothing one round wrapped is met again in the next. Node's V8 is Chromium's,
// but the browser decides: confirm any change with `npm run bench`.
import { jsPDF } from 'jspdf';
import type { IkuDocument } from '../lib/iku/content';
import { ikuPdf } from '../lib/iku/pdf';
import { newTextCache } from '../lib/pdf/memo';

const ROUNDS = Number(process.argv.slice(2).find((a) => a !== '--') ?? '15');
const SESSION_AT = Date.UTC(2026, 0, 5, 8);
const HASH = 'a'.repeat(64);
const agreement = (i: number) => ({
  text: `Aftale ${i}: sparring, sidemandsoplæring og kursus i forflytning – æøå`,
  owner: 'Lene',
  due: '2026-06-01',
});

let round = 0;

/** The IKU testkit.seedBenchIkus gives employee `e`, with this round's names and individual agreements. */
const doc = (e: number): IkuDocument => ({
  workplace: '',
  team: 'Benchmark-teamet',
  leader: '',
  employee: { id: `e${e}`, name: `Medarbejder ${e} Ærø ${round}`, number: '' },
  sessionAt: SESSION_AT,
  period: { from: '2026-01-05', to: '2027-01-04' },
  teamAgreements: [0, 1, 2].map(agreement),
  individual: [0, 1, 2, 3, 4].map((a) => agreement(1000 * round + 3 + e * 5 + a)),
  afterTus: [],
  followUps: [],
});

async function ours(n: number): Promise<number> {
  round++;
  const cache = newTextCache();
  let bytes = 0;
  for (let e = 0; e < n; e++) bytes += (await ikuPdf(doc(e), 1, HASH, cache)).bytes.byteLength;
  return bytes;
}

const META = 'Ansvarlig: Lene · Dato: 1. juni 2026';
const APPROVAL =
  'Læs din IKU igennem. Du godkender den skriftligt, fx ved at svare på mailen: "Jeg godkender min IKU version 1." ' +
  'Har du kommentarer til formuleringerne, så skriv dem i dit svar, så retter vi IKU\u2019en og sender en ny version. ' +
  'Den godkendte IKU lægges på din personalesag og sendes til din e-Boks, og din godkendelse arkiveres sammen med den.';

/** entrypoints/bench-floor-kit/main.ts's pdfsPlain, unchanged but for the import. */
function floor(employees: number): number {
  let bytes = 0;
  for (let e = 0; e < employees; e++) {
    const pdf = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
    pdf.setProperties({
      title: `IKU 2026 – Medarbejder ${e} Ærø`,
      author: 'Lene',
      subject: 'Individuel kompetenceudviklingsplan, Benchmark-teamet',
      creator: 'TUS-assistent',
    });
    let y = 25;
    const line = (text: string, size: number, bold = false, x = 20) => {
      pdf.setFont('helvetica', bold ? 'bold' : 'normal');
      pdf.setFontSize(size);
      for (const part of pdf.splitTextToSize(text, 170 - (x - 20)) as string[]) {
        pdf.text(part, x, y);
        y += size * 0.48;
      }
    };
    line('Individuel kompetenceudviklingsplan (IKU)', 16, true);
    for (const fact of [
      'Team: Benchmark-teamet',
      `Medarbejder: Medarbejder ${e} Ærø`,
      'TUS med IKU holdt: 5. jan. 2026',
      'Planen dækker (12 måneder): 5. jan. 2026 – 4. jan. 2027',
    ])
      line(fact, 10.5);
    line('Teamfokus – teamets aftaler', 13, true);
    for (let a = 0; a < 3; a++) {
      line(agreement(a).text, 10.5, false, 26);
      line(META, 9, false, 26);
    }
    line('Individuelt fokus – dine aftaler', 13, true);
    for (let a = 0; a < 5; a++) {
      line(agreement(3 + e * 5 + a).text, 10.5, false, 26);
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
    pdf.setFontSize(8);
    pdf.text(`IKU version 1 · indhold SHA-256 ${'0'.repeat(64)}`, 20, 287);
    pdf.text('Side 1 af 1', 190, 287, { align: 'right' });
    bytes += pdf.output('arraybuffer').byteLength;
  }
  return bytes;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const time = async (f: () => unknown) => {
  const start = performance.now();
  await f();
  return performance.now() - start;
};

await ours(5);
floor(5);
const a: number[] = [];
const b: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  a.push(await time(() => ours(40)));
  b.push(await time(() => floor(40)));
}
console.log(`bytes of one IKU: ours ${await ours(1)}, floor ${floor(1)}`);
console.log(
  `ours ${median(a).toFixed(1)} ms, floor ${median(b).toFixed(1)} ms, ${(median(a) / median(b)).toFixed(2)}x (medians of ${ROUNDS})`,
);

// Remakes docs/iku-page1.png and docs/team-plan-page1.png (what HR and the team receive) from the
// demo data: `npx vite-node scripts/document-pages.ts`. Needs poppler-utils (pdftoppm).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEMO_IKU, DEMO_TEAM_PLAN } from '../lib/demo/documents';
import { buildIkuDocument, canonicalJson } from '../lib/iku/content';
import { ikuPdf } from '../lib/iku/pdf';
import { sha256Hex } from '../lib/shared/hash';
import { teamPlanPdf } from '../lib/sheet/team-plan-pdf';

const DOCS = resolve(__dirname, '../docs');
const dir = mkdtempSync(join(tmpdir(), 'document-pages-'));

/** Page 1 of a PDF as docs/<name>.png at 60 dpi. */
function firstPage(bytes: Uint8Array, name: string): void {
  const pdf = join(dir, `${name}.pdf`);
  writeFileSync(pdf, bytes);
  // -singlefile: no page-number suffix, so the name is exactly docs/<name>.png.
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, join(DOCS, name)]);
  console.log(`docs/${name}.png`);
}

const doc = buildIkuDocument(DEMO_IKU);
firstPage((await ikuPdf(doc, 1, await sha256Hex(canonicalJson(doc)))).bytes, 'iku-page1');
firstPage((await teamPlanPdf(DEMO_TEAM_PLAN)).bytes, 'team-plan-page1');

// lib/ hands views message keys, never Danish sentences (issue 16): an English browser must see
// no Danish UI text. This reads every string literal in lib/ and fails on Danish text outside
// the documents and mails (which stay Danish) and the allow-list below, each entry with its reason.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { danishLiterals, type Hit } from './danish-literals';

const ROOT = resolve(__dirname, '../..');

/** Documents, mails and their builders: Danish on purpose, whatever the browser's language. */
const DOCUMENTS: readonly RegExp[] = [
  /^lib\/i18n\//, // the catalogs themselves
  /^lib\/templates\//, // invitation, guide and question sheet texts
  /^lib\/demo\//, // test and benchmark data
  /^lib\/pdf\//, // the PDF writer and its character map
  /^lib\/consent\/request-mail\.ts$/,
  /^lib\/consent\/receipt-pdf\.ts$/,
  /^lib\/consent\/archive-pdf\.ts$/, // the archive file (IKU + receipt) and its file names
  /^lib\/iku\/pdf\.ts$/,
  /^lib\/iku\/consent-sentence\.ts$/, // printed in the IKU PDF and asked for by the request mail
  /^lib\/sheet\/team-plan-pdf\.ts$/,
  /^lib\/sheet\/agreement-lines\.ts$/, // an agreement as a PDF line
  /^lib\/invitations\/(build|document-pdf|session-ics|follow-up-ics|follow-up-mail)\.ts$/, // the invitation mails, their PDFs and .ics
  /^lib\/privacy\/access-pdf\.ts$/, // the access export's PDF (GDPR), for the employee to read
  /^lib\/session\/(wheel|leader-guide)-pdf\.ts$/, // the wheel and the leader guide on paper
];

interface Allowed {
  file: string;
  /** Only these literals; the whole file when absent. */
  text?: RegExp;
  reason: string;
}

const ALLOWED: readonly Allowed[] = [
  { file: 'lib/consent/classify.ts', reason: 'Danish words the classifier looks for in an employee’s reply, not text we show' },
  { file: 'lib/webmail/outlook.ts', text: /aria-label/, reason: 'Outlook’s own Danish labels, used as selectors' },
  {
    file: 'lib/iku/content-check.ts',
    reason: 'Danish words the IKU content check looks for in a row (minutes, not agreements), not text we show',
  },
  { file: 'lib/actions/privacy.ts', text: /^Samtykke\/$/, reason: 'the receipts’ folder in the access export’s zip: part of the document' },
  {
    file: 'lib/privacy/access.ts',
    text: /^\[anden medarbejder\]$/,
    reason: 'written into the access export in place of another employee’s data',
  },
  { file: 'lib/webmail/sender.ts', text: /^[æøå]$/, reason: 'letters told apart from look-alikes in a sender’s address' },
  {
    file: 'lib/session/cards.ts',
    reason:
      'the session’s material (wheel, cards, ground rules, suggestions) is shown to the Danish team on the projector, like the question sheet',
  },
  {
    file: 'lib/dates/working-days.ts',
    text: /^Ugyldig/,
    reason: 'programmer guards (RangeError) behind input the forms validate with keyed messages first',
  },
  { file: 'lib/dates/datetime.ts', text: /^Ugyldig/, reason: 'programmer guard (RangeError) behind input the forms validate first' },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const allowance = (hit: Hit) => ALLOWED.find((a) => a.file === hit.file && (!a.text || a.text.test(hit.text)));

const show = (hits: readonly Hit[]) => hits.map((h) => `${h.file}:${h.line} ${JSON.stringify(h.text)} (${h.why})`);

describe('Danish text in lib/', () => {
  const files = sourceFiles(join(ROOT, 'lib'))
    .map((path) => relative(ROOT, path).split('\\').join('/'))
    .filter((file) => !DOCUMENTS.some((d) => d.test(file)));
  const hits = files.flatMap((file) => danishLiterals(file, readFileSync(join(ROOT, file), 'utf8')));

  it('reads the whole of lib/ (a wrong path would pass forever)', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files).toContain('lib/cycles/store.ts');
  });

  it('has no Danish UI text outside documents, mails and the allow-list: return a message key', () => {
    expect(show(hits.filter((h) => !allowance(h)))).toEqual([]);
  });

  it('every allow-list entry still allows something', () => {
    const stale = ALLOWED.filter((a) => !hits.some((h) => allowance(h) === a));
    expect(stale.map((a) => `${a.file} ${a.text ?? ''}`)).toEqual([]);
  });
});

describe('the Danish finder', () => {
  const found = (source: string) => danishLiterals('planted.ts', source).map((h) => h.text);

  it('finds a planted Danish sentence however it is written', () => {
    expect(found("throw new Error('Teamet findes ikke');")).toEqual(['Teamet findes ikke']);
    expect(found('const m = `Ugyldig e-mail: ${email}`;')).toEqual(['Ugyldig e-mail: ']);
    expect(found('const t = { title: "Samtykke mangler – " + who };')).toEqual(['Samtykke mangler – ']);
    expect(found("const r = 'Navn mangler';")).toEqual(['Navn mangler']);
    expect(found("const r = 'Du kan nu generere dem';")).toEqual(['Du kan nu generere dem']);
    expect(found("const r = 'Åbn';")).toEqual(['Åbn']);
    // A sentence copied from the Danish catalog, with neither Danish letters nor a telling word.
    expect(danishLiterals('planted.ts', "const r = 'Invitationen er sendt';")).toMatchObject([
      { why: 'Danish catalog text "Invitationen er sendt"' },
    ]);
    expect(found("const r = 'Ingen forløb venter på en invitation.';")).toHaveLength(1);
  });

  it('leaves English, keys, module names and comments alone', () => {
    const source = [
      "import { da } from '../i18n/da';",
      '// Teamet findes ikke: a comment is not shown to anyone',
      "const key = 'error.notFound.team';",
      "const locale = navigator.language.startsWith('en') ? 'en' : 'da';",
      "throw new Error('TUS-assistent: could not sync added hosts');",
      "const m = 'The team does not exist';",
    ].join('\n');
    expect(found(source)).toEqual([]);
  });
});

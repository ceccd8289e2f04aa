import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TusDb } from '../../../lib/db/database';
import { isEmail, normalizeEmail } from '../../../lib/domain/email';
import type { Employee } from '../../../lib/domain/types';
import { NAME_MAX } from '../../../lib/teams/limits';
import { decodeText, parseEmployees } from '../../../lib/teams/parse-employees';
import { addEmployees, validEmployee } from '../../../lib/teams/store';
import { fuzzText, mutated } from '../../support/mutate';

// A sheet as it comes out of Excel (tab-separated, header, an empty row, a number column) and as a
// Danish CSV (semicolons, quoted cells with the delimiter and doubled quotes inside, CRLF).
const EXCEL = [
  'Navn\tE-mail\tMedarbejdernr.',
  'Åse Ørnsø\tAase.Oernsoe@Randers.dk\t1042',
  'Bo Hansen\tbo.hansen@randers.dk\t',
  "Siobhán O'Brien\to'brien@example.dk\t0007",
  '',
  'Mette Ærø\t mette.aeroe@randers.dk \t12',
  'Ali Şahin\tali.sahin@randers.dk',
].join('\n');
const CSV = [
  'Navn;E-mail;Nr',
  '"Hansen; Bo";bo@randers.dk;1',
  '"Jens ""Jønne"" Lund";jens@randers.dk;2',
  'Gitte;gitte@randers;3',
  ';karen@randers.dk;4',
].join('\r\n');
const COMMA = 'Name,Email\nAnne,anne@randers.dk\nAnne igen,ANNE@randers.dk';
const SEEDS = [EXCEL, CSV, COMMA];

describe('the paste and CSV parser, fuzzed', () => {
  it('never throws, accounts for every line, and accepts only rows the form would store', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fuzzText(SEEDS), fc.array(fc.constantFrom('bo@randers.dk', 'ANNE@randers.dk '), { maxLength: 2 }), (text, existing) => {
        const result = parseEmployees(text, existing);
        const lineCount = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).length;
        const seen = new Set(existing.map(normalizeEmail));
        let lastLine = 0;
        // Plain checks in the loop (expect() per row costs more than the parse); a failure names the row.
        const fail = (what: string, row: unknown) => {
          throw new Error(`${what}: ${JSON.stringify(row)}`);
        };
        for (const row of result.rows) {
          if (row.line <= lastLine || row.line > lineCount) fail('line out of order or range', row);
          lastLine = row.line;
          if (row.status === 'rejected') {
            if (typeof row.reason.key !== 'string') fail('no reason', row);
            continue;
          }
          const { name, email } = row.employee;
          if (!isEmail(email) || email !== normalizeEmail(email)) fail('address not by the rule', row);
          if (seen.has(email)) fail('duplicate address accepted', row);
          seen.add(email);
          if (!name || name !== name.trim() || name.length > NAME_MAX) fail('name not trimmed or too long', row);
          // What the import accepts, the store takes: no import fails half-way on a row the parser let through.
          const stored = validEmployee(row.employee);
          if (stored.name !== name || stored.email !== email) fail('the form would store it otherwise', row);
        }
        expect(result.rejectedCount).toBe(result.rows.length - result.accepted.length);
        accepted += result.accepted.length;
      }),
      { numRuns: 10_000 },
    );
    // Accepted rows must be common, or the checks on them prove little.
    expect(accepted).toBeGreaterThan(3_000);
  });

  it('reads any bytes (UTF-8 or Windows-1252) without throwing and without a byte-order mark', () => {
    const encoded = mutated(SEEDS).map((s) => new TextEncoder().encode(s));
    fc.assert(
      fc.property(fc.oneof(encoded, fc.uint8Array({ maxLength: 400 })), (bytes) => {
        const text = decodeText(bytes);
        expect(text.startsWith('\uFEFF')).toBe(false);
        expect(() => parseEmployees(text)).not.toThrow();
      }),
      { numRuns: 10_000 },
    );
  });

  it('an import that fails leaves the employees table as it was; one that succeeds adds exactly the accepted rows', async () => {
    const db = new TusDb(`fuzz-import-${crypto.randomUUID()}`);
    await db.teams.add({ id: 't1', name: 'Team', archived: 0, createdAt: 1 });
    await db.employees.add({ id: 'taken', teamId: 't1', name: 'Bo', email: 'bo@randers.dk' });
    await fc.assert(
      fc.asyncProperty(mutated(SEEDS), fc.constantFrom('none', 'clashingId', 'missingTeam'), async (text, poison) => {
        const before: Employee[] = await db.employees.toArray();
        const rows = parseEmployees(text).accepted.map((e, i) => ({ ...e, id: `${poison}-${i}-${crypto.randomUUID()}` }));
        // The last row clashes with a stored id (bulkAdd fails after the others were queued), or the team is gone.
        if (poison === 'clashingId' && rows.length) rows[rows.length - 1]!.id = 'taken';
        const team = poison === 'missingTeam' ? 'no-such-team' : 't1';
        const outcome = await addEmployees(db, team, rows).then(
          () => 'written',
          () => 'refused',
        );
        const after: Employee[] = await db.employees.toArray();
        if (outcome === 'refused') {
          expect(after).toEqual(before);
          expect(poison === 'none').toBe(false);
        } else {
          expect(after.length).toBe(before.length + rows.length);
          // Clean up, so the next run starts from the same table.
          await db.employees.bulkDelete(rows.map((r) => r.id));
        }
      }),
      { numRuns: 150 },
    );
    db.close();
  });
});

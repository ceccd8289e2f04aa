import { describe, expect, it } from 'vitest';
import { say } from '../../../lib/i18n/message';
import { decodeText, parseEmployees, type RowResult } from '../../../lib/teams/parse-employees';

// Reasons are message keys now (the view picks the language); read here as the Danish leader sees them.
const inDanish = (rows: RowResult[]) => rows.map((r) => (r.status === 'rejected' ? { ...r, reason: say(r.reason, 'da') } : r));

describe('employee lists from Excel and CSV', () => {
  it('accepts good rows of an Excel paste and rejects bad ones with a reason and line number', () => {
    const rows = [
      'Anne\tanne@randers.dk\t1',
      'Bo\tbo@randers.dk',
      'Camilla\t',
      'Dorte\tdorte@randers',
      ...['Erik', 'Finn', 'Gitte', 'Hans', 'Ida', 'Jens', 'Karen', 'Lars'].map((n) => `${n}\t${n.toLowerCase()}@randers.dk`),
    ];
    const result = parseEmployees(rows.join('\n'));
    expect(result.delimiter).toBe('\t');
    expect(result.accepted).toHaveLength(10);
    expect(inDanish(result.rows.filter((r) => r.status === 'rejected'))).toEqual([
      { line: 3, status: 'rejected', raw: 'Camilla\t', reason: 'E-mail mangler' },
      { line: 4, status: 'rejected', raw: 'Dorte\tdorte@randers', reason: 'Ugyldig e-mail: dorte@randers' },
    ]);
    expect(result.accepted[0]).toEqual({ name: 'Anne', email: 'anne@randers.dk', number: '1' });
    expect(result.accepted[1]).toEqual({ name: 'Bo', email: 'bo@randers.dk' });
  });

  it('reads a Danish ;-CSV with a header row, CRLF and a quoted field holding ;', () => {
    const result = parseEmployees('Navn;E-mail;Nr\r\n"Hansen; Lise";LISE@Randers.dk;7\r\n\r\n;x@randers.dk\r\n');
    expect(result.delimiter).toBe(';');
    expect(inDanish(result.rows)).toEqual([
      { line: 2, status: 'accepted', employee: { name: 'Hansen; Lise', email: 'lise@randers.dk', number: '7' } },
      { line: 4, status: 'rejected', raw: ';x@randers.dk', reason: 'Navn mangler' },
    ]);
  });

  it('reads a comma CSV with "" escapes', () => {
    const result = parseEmployees('"Bo ""Bolle"" Berg",bo@x.dk');
    expect(result.delimiter).toBe(',');
    expect(result.accepted).toEqual([{ name: 'Bo "Bolle" Berg', email: 'bo@x.dk' }]);
  });

  it('rejects duplicates within the list and against the team', () => {
    const result = parseEmployees('A;a@x.dk\nB;A@x.dk\nC;c@x.dk', ['C@X.dk']);
    expect(result.accepted.map((e) => e.name)).toEqual(['A']);
    expect(result.rows.flatMap((r) => (r.status === 'rejected' ? [say(r.reason, 'da')] : []))).toEqual([
      'Dubleret e-mail: a@x.dk',
      'Dubleret e-mail: c@x.dk',
    ]);
  });

  it('decodes UTF-8 with a BOM and Windows-1252 bytes to the right æøå', () => {
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Søren Ærø;soren@randers.dk')]);
    expect(decodeText(utf8)).toBe('Søren Ærø;soren@randers.dk');
    // "Søren Ærø" in Windows-1252: ø = F8, Æ = C6.
    const cp1252 = new Uint8Array([0x53, 0xf8, 0x72, 0x65, 0x6e, 0x20, 0xc6, 0x72, 0xf8, ...new TextEncoder().encode(';soren@randers.dk')]);
    expect(parseEmployees(decodeText(cp1252)).accepted).toEqual([{ name: 'Søren Ærø', email: 'soren@randers.dk' }]);
  });

  it('keeps a hostile name as plain text for the view to escape', () => {
    expect(parseEmployees('<img src=x onerror=alert(1)>;x@x.dk').accepted[0]!.name).toBe('<img src=x onerror=alert(1)>');
  });

  it('reads an optional start date in a fourth column, Danish or ISO, and rejects one that is no date', () => {
    const result = parseEmployees(
      [
        'Navn;E-mail;Nr;Startdato',
        'Anne;anne@x.dk;;01-11-2026',
        'Bo;bo@x.dk;7;2026-2-3',
        'Cai;cai@x.dk;;1.8.2025',
        'Dorte;dorte@x.dk;;31-02-2026',
        'Erik;erik@x.dk',
      ].join('\n'),
    );
    expect(result.accepted).toEqual([
      { name: 'Anne', email: 'anne@x.dk', startedAt: '2026-11-01' },
      { name: 'Bo', email: 'bo@x.dk', number: '7', startedAt: '2026-02-03' },
      { name: 'Cai', email: 'cai@x.dk', startedAt: '2025-08-01' },
      { name: 'Erik', email: 'erik@x.dk' },
    ]);
    expect(inDanish(result.rows.filter((r) => r.status === 'rejected'))).toEqual([
      {
        line: 5,
        status: 'rejected',
        raw: 'Dorte;dorte@x.dk;;31-02-2026',
        reason: 'Ugyldig startdato: 31-02-2026 (skriv ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ)',
      },
    ]);
  });
});

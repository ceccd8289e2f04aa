import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FILE_NAME_MAX, safeFileName } from '../../../lib/shared/file-names';

describe('safeFileName', () => {
  it.each([
    // A right-to-left override would show "IKU_Bo_fdp.exe" as "IKU_Bo_exe.pdf".
    ['IKU_Bo_\u202Efdp.exe', 'IKU_Bo_fdp.exe'],
    ['IKU_\u2066Åse\u2069_\u200BØrnsø\u00AD.pdf', 'IKU_Åse_Ørnsø.pdf'],
    ['Team\uFEFFNord.pdf', 'TeamNord.pdf'],
    // A dot in a name is not an extension unless it ends like one; a slash after it is still replaced.
    ['Team 1.5/Nord', 'Team_1.5_Nord'],
    ['.hidden.pdf', 'hidden.pdf'],
    ['\u202E.pdf', '_.pdf'],
    [`IKU_${'Ø'.repeat(200)}_v2.pdf`, `IKU_${'Ø'.repeat(FILE_NAME_MAX - 8)}.pdf`],
    // Cut by code point: the emoji at the edge goes whole.
    [`${'x'.repeat(115)}😀😀.pdf`, `${'x'.repeat(115)}😀.pdf`],
    // Decomposed å (a + ring) is composed first, so it is one character, as the leader typed it.
    ['A\u030Ase.pdf', 'Åse.pdf'],
  ])('%j → %j', (input, expected) => {
    expect(safeFileName(input)).toBe(expected);
  });

  it('never gives a format, control or forbidden character, a lone surrogate, a name over the cap, or a lost extension', () => {
    const ext = fc.constantFrom('.pdf', '.ics', '.zip', '.json', '');
    const tricky = fc.constantFrom('\u202E', '\u200B', '\u2066', '\uFEFF', '\u00AD', '/', ':', '.', ' ', '\uD83D', '😀', 'å');
    const text = fc.array(fc.oneof(tricky, fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 200 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, ext, (stem, e) => {
        const name = safeFileName(stem + e);
        expect(name).not.toMatch(/[\p{Cf}\p{Cc}\\/:*?"<>|]/u);
        expect(name.isWellFormed()).toBe(true);
        expect(Array.from(name).length).toBeLessThanOrEqual(FILE_NAME_MAX + 1);
        expect(name).not.toMatch(/^[. ]|[. ]$/);
        if (e) expect(name.endsWith(e)).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AgreementLine, IkuDocument } from '../../../lib/iku/content';
import { ikuPdf } from '../../../lib/iku/pdf';
import { newTextCache } from '../../../lib/pdf/memo';

// IKUs made together share their text work (lib/pdf/memo.ts): each must be the very PDF it would
// be made alone, whatever the others held. Only the creation date and the file id may differ.

/** The PDF as text, its creation date and file id (which differ from one making to the next) taken out. */
const comparable = (bytes: Uint8Array) =>
  Buffer.from(bytes)
    .toString('latin1')
    .replace(/\/CreationDate \(D:[^)]*\)/g, '')
    .replace(/\/ID \[ ?<[0-9A-Fa-f]+> ?<[0-9A-Fa-f]+> ?\]/g, '');

// Shared and differing words, with characters the writer converts, escapes or replaces.
const WORDS = ['Kursus', 'i', 'Excel', 'sidemandsoplæring', 'æøå', 'ÆØÅ', '(parentes)', 'back\\slash', '“citat”', '✓', '–', 'x'.repeat(90)];
const text = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 30 }).map((w) => w.join(' '));
const line: fc.Arbitrary<AgreementLine> = fc.record({
  text,
  owner: fc.constantFrom('', 'Anne', 'Leder'),
  due: fc.constantFrom('', '2027-03-01'),
});

function documentFor(name: string, team: AgreementLine[], individual: AgreementLine[]): IkuDocument {
  return {
    workplace: 'Randers Kommune',
    team: 'Natholdet',
    leader: 'Lise Leder',
    employee: { id: name, name, number: '' },
    sessionAt: Date.UTC(2026, 10, 2, 9),
    period: { from: '2026-11-02', to: '2027-11-01' },
    teamAgreements: team,
    individual,
    afterTus: [],
    followUps: [],
  };
}

describe('IKUs made together', () => {
  it('are each byte for byte the PDF made alone', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(line, { maxLength: 4 }),
        fc.array(fc.array(line, { maxLength: 3 }), { minLength: 2, maxLength: 4 }),
        async (team, own) => {
          const documents = own.map((individual, i) => documentFor(`Medarbejder ${i + 1}`, team, individual));
          const cache = newTextCache();
          for (const [i, doc] of documents.entries()) {
            const together = await ikuPdf(doc, 1, `hash-${i}`, cache);
            const alone = await ikuPdf(doc, 1, `hash-${i}`);
            expect(comparable(together.bytes)).toBe(comparable(alone.bytes));
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});

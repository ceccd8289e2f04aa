import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ownWords, readReply } from '../../../lib/consent/classify';
import { consentSentence } from '../../../lib/iku/consent-sentence';
import { QUOTE_STYLES, REPLY_CORPUS } from './reply-corpus';

const read = (r: (typeof REPLY_CORPUS)[number]) =>
  readReply({ text: r.text, version: r.version ?? 1, subject: r.subject ?? 'SV: Din IKU til godkendelse [IKU-2026-7F3K]' });

describe('reply corpus', () => {
  it('has at least 60 replies, with the phrases that testing found read as approval', () => {
    expect(REPLY_CORPUS.length).toBeGreaterThanOrEqual(60);
    const texts = REPLY_CORPUS.map((r) => r.text);
    for (const phrase of [
      'Ikke ok',
      'Jeg ønsker ændringer, ellers ok',
      'Jeg godkender, men kan du ændre datoen',
      'Jeg er ikke enig i punkt 2, ellers ok.',
      'Godkender jeg ved at skrive ok?',
    ]) {
      expect(texts).toContain(phrase);
    }
  });

  it('accepts no non-approval, and every explicit approval (confusion matrix printed)', () => {
    const matrix = { tp: 0, fn: 0, fp: 0, tn: 0 };
    const wrong: string[] = [];
    const reasons: Record<string, number> = {};
    for (const reply of REPLY_CORPUS) {
      const got = read(reply);
      const cell = reply.approval ? (got.approval ? 'tp' : 'fn') : got.approval ? 'fp' : 'tn';
      matrix[cell]++;
      if (!got.approval) reasons[got.reason] = (reasons[got.reason] ?? 0) + 1;
      if (got.approval !== reply.approval)
        wrong.push(`${JSON.stringify(reply.text.slice(0, 80))} → ${got.approval ? 'approval' : got.reason}`);
    }
    console.log(
      [
        `Consent reply corpus: ${REPLY_CORPUS.length} replies`,
        '                     | read as approval | read as not approval',
        `labelled approval    | ${String(matrix.tp).padStart(16)} | ${String(matrix.fn).padStart(20)}`,
        `labelled not approval| ${String(matrix.fp).padStart(16)} | ${String(matrix.tn).padStart(20)}`,
        `reasons given: ${Object.entries(reasons)
          .map(([k, n]) => `${k} ${n}`)
          .join(', ')}`,
        ...wrong.map((w) => `  wrong: ${w}`),
      ].join('\n'),
    );
    expect(matrix.fp).toBe(0);
    expect(wrong).toEqual([]);
  });

  it.each(REPLY_CORPUS.filter((r) => !r.approval).map((r) => [r.text.slice(0, 60).replace(/\n/g, '⏎'), r] as const))(
    'gives the reason: %s',
    (_, reply) => {
      const got = read(reply);
      expect(got.approval ? 'approval' : got.reason).toBe(reply.reason);
    },
  );

  it('keeps the employee’s own words, without the quoted request', () => {
    const got = readReply({ text: `Jeg er ikke enig i punkt 2, ellers ok.${QUOTE_STYLES.oprindelig}`, version: 1 });
    expect(got.ownWords).toBe('Jeg er ikke enig i punkt 2, ellers ok.');
    expect(ownWords('OK\n> Svar venligst: Jeg godkender min IKU')).toBe('OK');
  });

  it('matches across Danish letters at word edges (\\b knows only ASCII)', () => {
    // With \b, "ændringer" and "ønsker" were never seen; these must be found by their first letter.
    expect(readReply({ text: 'Ønsker ændring af datoen', version: 1 })).toMatchObject({ approval: false, reason: 'changeRequest' });
    expect(readReply({ text: 'Ændr venligst punktet', version: 1 })).toMatchObject({ approval: false, reason: 'changeRequest' });
    // …and a word that merely contains a cue is not that cue: "Menneskeret" is neither "men" nor "ret".
    expect(readReply({ text: 'Jeg godkender min IKU version 1.\n\nMvh Anne Menneskeret', version: 1 }).approval).toBe(true);
  });
});

describe('reply properties', () => {
  // Each style's marker, up to where the request starts; the unmarked style's marker is the request's own line.
  const { unmarked: _, ...marked } = QUOTE_STYLES;
  const markers = Object.values(marked).map((q) => q.slice(0, q.indexOf('Kære')));
  markers.push(
    '\nLæs den igennem. Godkender du den, så svar på denne mail med:\n',
    '\n> ',
    '\n-----Oprindelig meddelelse-----\n',
    '\n-----Original Message-----\n',
    '\nFra: Lene\nSendt: i dag\n',
    '\nFrom: Lene\nSent: today\n',
    '\nDen 10. dec. 2026 skrev Lene <lene@x.dk>:\n',
    '\nOn 10 Dec 2026 Lene <lene@x.dk> wrote:\n',
  );

  it('never reads approval when the approval sentence appears only after a quote marker', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 80 }),
        fc.constantFrom(...markers),
        fc.string({ unit: 'binary', maxLength: 80 }),
        fc.string({ unit: 'binary', maxLength: 80 }),
        fc.integer({ min: 1, max: 20 }),
        (own, marker, before, after, version) => {
          fc.pre(!/godkend|approve/i.test(own));
          const text = `${own}${marker}${before}${consentSentence(version)}${after}`;
          expect(readReply({ text, version }).approval).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('never throws on random text, and approves only text whose own words hold the sentence of that version', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.string({ unit: 'binary', maxLength: 100 }),
        fc.integer({ min: 1, max: 99 }),
        (text, subject, version) => {
          const got = readReply({ text, subject, version });
          if (got.approval) expect(got.ownWords).toMatch(new RegExp(`version\\s+${version}(?!\\d)`, 'i'));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('approves the request’s own sentence with a random greeting name and any whitespace between its words', () => {
    fc.assert(
      fc.property(fc.constantFrom(' ', '  ', '\n', '\t', '\u00a0', ' \n '), fc.integer({ min: 1, max: 50 }), (space, version) => {
        const text = `Hej Lene\n\n${consentSentence(version).replace(/ /g, space)}\n\nVenlig hilsen\nAnne`;
        expect(readReply({ text, version }).approval).toBe(true);
        expect(readReply({ text, version: version + 1 }).approval).toBe(false);
      }),
    );
  });
});

describe('replies found in review', () => {
  it('reads an inline reply between quoted lines as more than the approval, and keeps those words', () => {
    const text =
      'Jeg godkender min IKU version 3.\n\n> Har du kommentarer til formuleringerne, så skriv dem\n\nJa, punkt 2 skal ændres, ellers trækker jeg godkendelsen tilbage.\n\n> Venlig hilsen';
    const got = readReply({ text, version: 3 });
    expect(got.approval).toBe(false);
    expect(got.ownWords).toContain('punkt 2 skal ændres');
  });

  it('still approves when only quoted lines and a header block follow', () => {
    const text = 'Jeg godkender min IKU version 3.\n\n> Her er din IKU\n>\n> Venlig hilsen\n\n-----Oprindelig meddelelse-----\nFra: Lene';
    expect(readReply({ text, version: 3 }).approval).toBe(true);
  });

  it('does not take a hedge on the last line or after the sign-off for a name', () => {
    for (const tail of ['Måske', 'Senere', 'Tja', 'Modvilligt', 'Foreløbigt', 'Under Protest', 'Reluctantly', 'Maybe', 'Perhaps']) {
      expect(readReply({ text: `Jeg godkender min IKU version 3.\n${tail}`, version: 3 }).approval, tail).toBe(false);
      expect(readReply({ text: `Jeg godkender min IKU version 3.\n\nVenlig hilsen\nAnne\n${tail}`, version: 3 }).approval, tail).toBe(
        false,
      );
    }
  });

  it('takes a last line for a name only when it is the employee’s name, once the name is known', () => {
    expect(readReply({ text: 'Jeg godkender min IKU version 3.\nAnne', version: 3, name: 'Anne Ærø' }).approval).toBe(true);
    expect(readReply({ text: 'Jeg godkender min IKU version 3.\nAnne Ærø', version: 3, name: 'Anne Ærø' }).approval).toBe(true);
    expect(readReply({ text: 'Jeg godkender min IKU version 3.\nA.Æ.', version: 3, name: 'Anne Ærø' }).approval).toBe(true);
    expect(readReply({ text: 'Jeg godkender min IKU version 3.\nKatastrofe', version: 3, name: 'Anne Ærø' }).approval).toBe(false);
  });
});

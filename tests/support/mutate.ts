// Mutated inputs for the property tests: realistic seeds (a pasted sheet, the default templates,
// real replies) changed a few times over by inserting, deleting, replacing, duplicating or cutting.
import fc from 'fast-check';

/** Fragments that have broken parsers before: delimiters, quotes, line ends, invisible and hostile text. */
export const SPICE = [
  '\t',
  ';',
  ',',
  '"',
  '""',
  '\n',
  '\r\n',
  '\r',
  '\n\n',
  '\uFEFF',
  '\u0000',
  '\u202E',
  '\u200B',
  '\u00A0',
  '\uD800',
  '😀',
  'æøå ÆØÅ',
  '@',
  ' ',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "<a href='javascript:alert(1)'>x</a>",
  '<style>*{}</style><iframe src=x>',
  '&lt;b&gt;',
  '&',
  '# ',
  '- ',
  '> ',
  '{team}',
  '{dato}',
  '{ukendt}',
  '{',
  '}',
  '?',
  'ikke',
  'version 2',
  'Jeg godkender min IKU version 1.',
  '-----Oprindelig meddelelse-----',
  'Fra: ',
  "o'brien@example.dk",
  'x'.repeat(200),
] as const;

type Mutation = { kind: 'insert' | 'delete' | 'replace' | 'duplicate' | 'truncate' | 'swapLines'; at: number; len: number; text: string };

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SPICE) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'replace', 'duplicate', 'truncate', 'swapLines'),
  at: fc.nat(),
  len: fc.nat({ max: 60 }),
  text: piece,
});

function apply(s: string, m: Mutation): string {
  const at = m.at % (s.length + 1);
  switch (m.kind) {
    case 'insert':
      return s.slice(0, at) + m.text + s.slice(at);
    case 'delete':
      return s.slice(0, at) + s.slice(at + m.len);
    case 'replace':
      return s.slice(0, at) + m.text + s.slice(at + m.len);
    case 'duplicate':
      return s.slice(0, at + m.len) + s.slice(at, at + m.len) + s.slice(at + m.len);
    case 'truncate':
      return s.slice(0, at);
    case 'swapLines': {
      const lines = s.split('\n');
      const i = m.at % lines.length;
      const j = m.len % lines.length;
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      return lines.join('\n');
    }
  }
}

/** A seed changed by up to `max` mutations (none, sometimes: the seed itself must hold too). */
export const mutated = (seeds: readonly string[], max = 6): fc.Arbitrary<string> =>
  fc.tuple(fc.constantFrom(...seeds), fc.array(mutation, { maxLength: max })).map(([seed, ops]) => ops.reduce(apply, seed));

/** Mutated seeds, and now and then text with no seed at all. */
export const fuzzText = (seeds: readonly string[]): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: mutated(seeds) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
    { weight: 1, arbitrary: fc.array(piece, { maxLength: 30 }).map((a) => a.join('')) },
  );

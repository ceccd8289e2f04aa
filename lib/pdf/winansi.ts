// jsPDF's standard fonts speak Windows-1252 and garble anything else without a word. We map
// what we can, replace the rest with '?', and report both (✓ → v as well as 🎯 → ?), so the
// leader is told before a document is made and again after.

const CP1252_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
const MAP: Record<string, string> = {
  '✓': 'v',
  '✔': 'v',
  '≥': '>=',
  '≤': '<=',
  '→': '->',
  '←': '<-',
  '−': '-',
  '‐': '-',
  '\u00ad': '',
  '\t': '    ',
};
/** Mapped, but looks as typed all the same (a tab is blank space): not reported. */
const SILENT = new Set(['\t']);

/** One character the PDF cannot show as typed, and what it prints instead. */
export interface CharChange {
  char: string;
  becomes: string;
}

const printable = (ch: string) => {
  const c = ch.codePointAt(0)!;
  return (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) || CP1252_EXTRA.includes(ch) || ch === '\n';
};

/**
 * The text as the PDF prints it. `replaced`: the characters that became '?'; `changed`: every
 * character not shown as typed, with what it became, in order of first appearance.
 */
export function convertWinAnsi(text: string): { text: string; replaced: string[]; changed: CharChange[] } {
  const changed = new Map<string, string>();
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (printable(ch)) out += ch;
    else {
      const becomes = MAP[ch] ?? '?';
      if (!SILENT.has(ch)) changed.set(ch, becomes);
      out += becomes;
    }
  }
  const list = [...changed].map(([char, becomes]) => ({ char, becomes }));
  return { text: out, replaced: list.filter((c) => !(c.char in MAP)).map((c) => c.char), changed: list };
}

/** The text as printed and the characters that became '?'. */
export function toWinAnsi(text: string): { text: string; replaced: string[] } {
  const { text: out, replaced } = convertWinAnsi(text);
  return { text: out, replaced };
}

/** Every character in these texts the PDF cannot show as typed: the report shown before a PDF is made. */
export function pdfCharacterReport(texts: readonly string[]): CharChange[] {
  const seen = new Map<string, CharChange>();
  for (const text of texts) for (const c of convertWinAnsi(text).changed) if (!seen.has(c.char)) seen.set(c.char, c);
  return [...seen.values()];
}

/** "✓ → v, 🎯 → ?": the report as one line. */
export const describeCharChanges = (changes: readonly CharChange[]): string => changes.map((c) => `${c.char} → ${c.becomes}`).join(', ');

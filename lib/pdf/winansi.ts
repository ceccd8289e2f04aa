// jsPDF's standard fonts speak Windows-1252 and garble anything else without a word. We map
// what we can, replace the rest with '?', and report it so the leader is told.

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

const printable = (ch: string) => {
  const c = ch.codePointAt(0)!;
  return (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) || CP1252_EXTRA.includes(ch) || ch === '\n';
};

export function toWinAnsi(text: string): { text: string; replaced: string[] } {
  const replaced = new Set<string>();
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (printable(ch)) out += ch;
    else {
      replaced.add(ch);
      out += MAP[ch] ?? '?';
    }
  }
  return { text: out, replaced: [...replaced].filter((ch) => !(ch in MAP)) };
}

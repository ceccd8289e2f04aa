// Employee lists as leaders have them: pasted from Excel (tab-separated) or a CSV file
// (Danish ';' or ','), each row accepted or rejected with a reason the leader can act on.
import { isEmail, normalizeEmail } from '../domain/email';
import { type Message, message } from '../i18n/message';
import { NAME_MAX } from './limits';

export interface ParsedEmployee {
  name: string;
  email: string;
  number?: string;
}

export type RowResult =
  | { line: number; status: 'accepted'; employee: ParsedEmployee }
  | { line: number; status: 'rejected'; raw: string; reason: Message };

export interface ParseResult {
  rows: RowResult[];
  accepted: ParsedEmployee[];
  rejectedCount: number;
  delimiter: '\t' | ';' | ',';
}

/** UTF-8 (with or without BOM); bytes that are not valid UTF-8 are read as Windows-1252 (Excel's Danish CSV). */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return text.replace(/^\uFEFF/, '');
}

function detectDelimiter(lines: string[]): ParseResult['delimiter'] {
  if (lines.some((l) => l.includes('\t'))) return '\t';
  if (lines.some((l) => l.includes(';'))) return ';';
  return ',';
}

/** Splits one line, honouring double quotes ("" inside quotes is a quote). */
function splitLine(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === delimiter) {
      cells.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}

const looksLikeHeader = (cells: string[]) => !isEmail(cells[1] ?? '') && cells.some((c) => /navn|name|e-?mail|mail/i.test(c));

export function parseEmployees(text: string, existingEmails: Iterable<string> = []): ParseResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const delimiter = detectDelimiter(lines);
  const seen = new Set([...existingEmails].map(normalizeEmail));
  const rows: RowResult[] = [];
  let first = true;
  lines.forEach((raw, index) => {
    if (!raw.trim()) return;
    const cells = splitLine(raw, delimiter);
    if (first && looksLikeHeader(cells)) {
      first = false;
      return;
    }
    first = false;
    const line = index + 1;
    const [name = '', emailCell = '', number = ''] = cells;
    const email = normalizeEmail(emailCell);
    const reject = (reason: Message) => rows.push({ line, status: 'rejected', raw, reason });
    if (!name) return reject(message('import.reason.noName'));
    if (name.length > NAME_MAX) return reject(message('import.reason.nameTooLong', { max: NAME_MAX }));
    if (!email) return reject(message('import.reason.noEmail'));
    if (!isEmail(email)) return reject(message('team.error.invalidEmail', { email: emailCell }));
    if (seen.has(email)) return reject(message('team.error.duplicateEmail', { email }));
    seen.add(email);
    rows.push({ line, status: 'accepted', employee: number ? { name, email, number } : { name, email } });
  });
  const accepted = rows.flatMap((r) => (r.status === 'accepted' ? [r.employee] : []));
  return { rows, accepted, rejectedCount: rows.length - accepted.length, delimiter };
}

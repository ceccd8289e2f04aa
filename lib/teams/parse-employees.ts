// Employee lists as leaders have them: pasted from Excel (tab-separated) or a CSV file
// (Danish ';' or ','), each row accepted or rejected with a reason the leader can act on.
import { isValidIsoDate } from '../dates/datetime';
import { isEmail, normalizeEmail } from '../domain/email';
import { type Message, message } from '../i18n/message';
import { NAME_MAX } from './limits';

export interface ParsedEmployee {
  name: string;
  email: string;
  number?: string;
  /** 'YYYY-MM-DD': the optional fourth column (the yearly IKU duty counts a newcomer from it). */
  startedAt?: string;
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

/**
 * A start date as Excel writes it in Danish (01-11-2026, 01.11.2026, 1/11/2026) or ISO
 * (2026-11-01), as 'YYYY-MM-DD'; null when it is no date.
 */
export function parseStartDate(cell: string): string | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(cell);
  const dk = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(cell);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dk ? [dk[3], dk[2], dk[1]] : [];
  if (!y || !m || !d) return null;
  const date = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isValidIsoDate(date) ? date : null;
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
    const [name = '', emailCell = '', number = '', startCell = ''] = cells;
    const email = normalizeEmail(emailCell);
    const reject = (reason: Message) => rows.push({ line, status: 'rejected', raw, reason });
    if (!name) return reject(message('import.reason.noName'));
    if (name.length > NAME_MAX) return reject(message('import.reason.nameTooLong', { max: NAME_MAX }));
    if (!email) return reject(message('import.reason.noEmail'));
    if (!isEmail(email)) return reject(message('team.error.invalidEmail', { email: emailCell }));
    const startedAt = startCell ? parseStartDate(startCell) : null;
    if (startCell && !startedAt) return reject(message('import.reason.badStartDate', { value: startCell }));
    if (seen.has(email)) return reject(message('team.error.duplicateEmail', { email }));
    seen.add(email);
    rows.push({ line, status: 'accepted', employee: { name, email, ...(number ? { number } : {}), ...(startedAt ? { startedAt } : {}) } });
  });
  const accepted = rows.flatMap((r) => (r.status === 'accepted' ? [r.employee] : []));
  return { rows, accepted, rejectedCount: rows.length - accepted.length, delimiter };
}

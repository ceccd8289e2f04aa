// What a consent reply says. Only the explicit approval the request asked for, of the version it
// named, in the employee's own words, is approval. Everything else is not, with a reason the
// leader is shown; the leader may still record an odd wording as their own reading (handlers.ts).
//
// Word edges are Unicode-aware: JavaScript's \b knows only ASCII letters, so "\bændr" never
// matched. Every pattern here uses the `u` flag and (?<!\p{L}) / (?!\p{L}) instead.

export type NotApprovalReason =
  | 'empty'
  | 'autoReply'
  | 'onlyQuoted'
  | 'otherVersion'
  | 'refusal'
  | 'condition'
  | 'changeRequest'
  | 'question'
  | 'extraText'
  | 'noApproval';

export type ReplyReading = { approval: true; ownWords: string } | { approval: false; reason: NotApprovalReason; ownWords: string };

const L = '\\p{L}\\p{N}';
/** A word (or phrase) from a list, not part of a longer word. */
const anyOf = (list: readonly string[], flags = 'iu') => new RegExp(`(?<![${L}])(?:${list.join('|')})(?![${L}])`, flags);

/**
 * The approval forms. The request asks for consentSentence(N), "Jeg godkender min IKU version N.";
 * besides it only the same sentence with "hermed" ("Jeg godkender hermed min …") and its English
 * word-for-word translation ("I (hereby) approve my IKU version N.") count: each names the plan,
 * the version and the act of approving, in the first person, with nothing to hedge it. Looser wordings ("ok", "ja", "enig",
 * "godkendt") name no version and are often the first half of "ok, men …"; they are left to the
 * leader's own reading. The number must stand alone: "version 12" or "version 1.5" is not 1.
 */
const APPROVAL_FORMS = [
  `(?<![${L}])jeg\\s+godkender\\s+(?:hermed\\s+)?min\\s+iku\\s+version\\s+(\\d+)(?![${L}]|[.,]\\d)`,
  `(?<![${L}])i\\s+(?:hereby\\s+)?approve\\s+my\\s+iku\\s+version\\s+(\\d+)(?![${L}]|[.,]\\d)`,
];
const approvalForms = () => APPROVAL_FORMS.map((source) => new RegExp(source, 'giu'));

/** Every version number an approval form in `text` names. */
function approvedVersions(text: string): number[] {
  return approvalForms().flatMap((re) => [...text.matchAll(re)].map((m) => Number(m[1])));
}

/** Any "version 3", "ver. 3", "v3" in the text, approval form or not. */
const VERSION_MENTION = /(?<![\p{L}\p{N}])(?:version|ver\.?|v)\s*(\d+(?:[.,]\d+)?)(?![\p{L}\p{N}])/giu;

// ---- The reply's own words ----

/** Soft hyphen, zero-width characters and BOM: invisible, but they would split a word. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** One form for comparing: composed letters (NFC), no invisible characters, \n line ends. */
export const normalizeText = (text: string) =>
  text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(/\r\n?|[\u2028\u2029]/g, '\n');

/**
 * Where quoted or forwarded text begins. Cutting too early only loses own words (no approval is
 * ever made from that), so the markers are broad.
 */
const QUOTE_MARKERS: readonly RegExp[] = [
  /^[ \t]*>/mu, // "> " quoted lines (plain-text replies)
  /^[ \t]*-{5,}/mu, // -----Oprindelig meddelelse----- / -----Original Message----- / ---------- Forwarded message ---------
  /^[ \t]*_{8,}[ \t]*$/mu, // Outlook's rule above the header block
  /^[ \t]*\*{0,2}(?:fra|from|sendt|sent)\*{0,2}[ \t]*:/imu, // Fra:/Sendt: or From:/Sent: header block
  // Lines of our own request (a reply whose quote lost its marker still carries them).
  /^[ \t]*(?:her er din individuelle kompetenceudviklingsplan|læs den igennem\.|godkender du den, så svar)/imu,
];

/** "Den 10. dec. 2026 kl. 09.12 skrev Lene <lene@x.dk>:" / "On … wrote:", which webmail may wrap over 3 lines. */
function attributionAt(text: string): number {
  const lineStart = /^[ \t]*(?:den|on)[ \t]/gimu;
  for (const m of text.matchAll(lineStart)) {
    const next3 = text.slice(m.index).split('\n').slice(0, 3).join('\n');
    if (/(?<![\p{L}\p{N}])(?:skrev|wrote)(?![\p{L}\p{N}])[^]*?:[ \t]*(?:\n|$)/iu.test(next3)) return m.index;
  }
  return -1;
}

function quoteStart(text: string): number {
  const found = [...QUOTE_MARKERS.map((re) => text.search(re)), attributionAt(text)].filter((i) => i >= 0);
  return found.length ? Math.min(...found) : text.length;
}

/** Only the reply's own words: quoted text and earlier messages are left out. */
export function ownWords(text: string): string {
  const normal = normalizeText(text);
  return normal.slice(0, quoteStart(normal)).trim();
}

// ---- What the own words say ----

const AUTO_REPLY = anyOf([
  'automatisk\\s+svar',
  'autosvar',
  'auto-svar',
  'fraværsbesked',
  'fraværende', // Outlook's subject prefix "Fraværende:"
  '(?:er\\s+)?ikke\\s+på\\s+kontoret',
  'på\\s+ferie',
  'holder\\s+ferie',
  'automatic\\s+reply',
  'auto-?reply',
  'out\\s+of\\s+(?:the\\s+)?office',
  'away\\s+from\\s+(?:the\\s+|my\\s+)?office',
  'on\\s+(?:vacation|holiday|annual\\s+leave)',
]);

const REFUSAL = anyOf([
  'ikke',
  'ik',
  'ikk',
  'nej',
  'nix',
  'ej',
  'aldrig',
  'uenig\\p{L}*',
  'afvis\\p{L}*',
  'modsætter',
  'no',
  'not',
  'nope',
  'never',
  "\\p{L}+n['’]t",
  'cannot',
  'disagree\\p{L}*',
  'reject\\p{L}*',
  'refuse\\p{L}*',
  'declin\\p{L}*',
  'object\\p{L}*',
]);

const CONDITION = anyOf([
  'men',
  'forudsat',
  'forudsætning\\p{L}*',
  'betingelse\\p{L}*',
  'hvis',
  'såfremt',
  'dersom',
  'medmindre',
  'bortset',
  'undtagen',
  'på\\s+nær',
  'dog',
  'ellers',
  'kun',
  'blot',
  'forbehold\\p{L}*',
  'alligevel',
  'but',
  'provided',
  'providing',
  'if',
  'unless',
  'except\\p{L}*',
  'only',
  'however',
  'otherwise',
  'condition\\p{L}*',
  'as\\s+long\\s+as',
  'subject\\s+to',
  'reservation\\p{L}*',
  // Hedges: a one-word line after the sentence is not a name when it takes the approval back.
  'måske',
  'muligvis',
  'foreløbig\\p{L}*',
  'modvillig\\p{L}*',
  'protest\\p{L}*',
  'tja',
  'senere',
  'indtil\\s+videre',
  'maybe',
  'perhaps',
  'possibly',
  'reluctant\\p{L}*',
  'tentative\\p{L}*',
  'provisional\\p{L}*',
  'for\\s+now',
]);

const CHANGE_REQUEST = anyOf([
  'ændr\\p{L}*',
  'ret',
  'rette\\p{L}*',
  'retter',
  'fejl\\p{L}*',
  'forkert\\p{L}*',
  'mangle\\p{L}*',
  'tilføj\\p{L}*',
  'fjern\\p{L}*',
  'slet\\p{L}*',
  'kommentar\\p{L}*',
  'bemærk\\p{L}*',
  'juster\\p{L}*',
  'justér\\p{L}*',
  'opdater\\p{L}*',
  'opdatér\\p{L}*',
  'ønske\\p{L}*',
  'ønsker',
  'punkt\\p{L}*',
  'chang\\p{L}*',
  'correct\\p{L}*',
  'wrong',
  'missing',
  'add',
  'remov\\p{L}*',
  'amend\\p{L}*',
  'edit\\p{L}*',
  'fix\\p{L}*',
  'updat\\p{L}*',
  'comment\\p{L}*',
  'mistake\\p{L}*',
  'error\\p{L}*',
  'item\\p{L}*',
]);

/** A question mark (any script's), or a sentence that starts as a question does. */
const QUESTION_MARK = /[?？¿؟]/u;
const QUESTION_START = new RegExp(
  `(?:^|[.!\\n]\\s*)(?:kan|kunne|vil|skal|må|hvordan|hvad|hvorfor|hvornår|hvem|hvilk\\p{L}*|can|could|would|should|shall|how|what|why|when|who|which)\\s+(?:du|vi|jeg|man|i|you|we)(?![${L}])`,
  'iu',
);

// ---- What may stand beside the approval sentence ----

const GREETING = /^(?:hej|hejsa|hey|hi|hello|dear|kære|goddag|godmorgen|good\s+morning)(?:\s+[\p{L}'’.-]+){0,3}$/iu;
const COURTESY = [
  /^(?:ja|yes|ok|okay)$/iu,
  /^(?:(?:mange|tusind)\s+)?tak(?:\s+for\s+(?:i\s+dag|en\s+god\s+samtale|samtalen|snakken|mødet|planen|det|hjælpen))?$/iu,
  /^(?:thanks|thank\s+you)(?:\s+for\s+(?:today|the\s+meeting|the\s+conversation|the\s+plan|your\s+help))?$/iu,
  /^(?:god\s+dag|god\s+weekend|ha['’]?\s+en\s+god\s+dag|hav\s+en\s+god\s+dag|have\s+a\s+(?:nice|good)\s+day)$/iu,
];
/** A line that is only a name: "Anne", "Anne Ærø", "/Anne". Case-sensitive on purpose (\p{Lu} with `i` matches any letter). */
const NAME_LINE = /^[/–-]?\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;

/** A sign-off, where the signature begins: "Venlig hilsen", "Mvh Anne", "Best regards". */
const SIGN_OFF =
  /^(?:(?:med\s+)?venlig(?:st|e)?\s+hilsen(?:er)?|mvh\.?|m\.v\.h\.?|vh\.?|v\.h\.?|kh\.?|hilsen|hilsner|kærlig\s+hilsen|(?:de\s+)?bedste\s+hilsner|best\s+regards|kind\s+regards|warm\s+regards|regards|best\s+wishes|best|cheers|br)(?![\p{L}\p{N}])/iu;
/** Phone and app footers, part of the signature. */
const FOOTER = /^(?:sendt\s+fra\s+min|sent\s+from\s+my|hent\s+outlook|get\s+outlook)(?![\p{L}\p{N}])/iu;
/** A signature speaks of its owner in the third person; a line in the first or second person is a message. */
const PERSONAL_DA = anyOf(['jeg', 'mig', 'min', 'mit', 'mine', 'vi', 'os', 'vores', 'du', 'dig', 'din', 'dit', 'dine', 'ps', 'p\\.s']);
const PERSONAL_EN = /(?<![\p{L}\p{N}])(?:I|[Mm]e|[Mm]y|[Ww]e|[Oo]ur|[Yy]ou|[Yy]our)(?![\p{L}\p{N}])/u;

function splitSignature(words: string): { body: string; signature: string[] } {
  const lines = words.split('\n');
  const at = lines.findIndex((line) => SIGN_OFF.test(line.trim()) || FOOTER.test(line.trim()));
  return at < 0 ? { body: words, signature: [] } : { body: lines.slice(0, at).join('\n'), signature: lines.slice(at) };
}

/**
 * A last line that is only a name. Once the employee's name is known, only that name, a part of it
 * or its initials: "Anne", "Anne Ærø", "A.Æ."; a capitalised word such as "Måske" is not a name.
 */
function isNameLine(line: string, name: string | undefined): boolean {
  const bare = line.replace(/[.!,]+$/u, '');
  if (!NAME_LINE.test(bare)) return false;
  if (!name?.trim()) return true;
  const parts = name.normalize('NFC').toLocaleLowerCase('da').split(/\s+/u).filter(Boolean);
  const initials = parts.map((p) => p[0]).join('');
  const tokens = bare
    .replace(/^[/–-]\s*/u, '')
    .toLocaleLowerCase('da')
    .split(/\s+/u);
  return tokens.every((tok) => parts.includes(tok) || tok.replace(/\./gu, '') === initials);
}

/** Whether all that stands beside the approval sentence is a greeting, a thanks or a name. */
function onlyCourtesyBeside(body: string, version: number, name?: string): boolean {
  const rest = approvalForms()
    .reduce((text, re) => text.replace(re, (whole, n: string) => (Number(n) === version ? '\n' : whole)), body)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return rest.every((line, i) => {
    const parts = line
      .split(/[.!,;:]+(?=\s|$)/u)
      .map((p) => p.trim())
      .filter(Boolean);
    const courteous = parts.every((p) => GREETING.test(p) || COURTESY.some((re) => re.test(p)));
    return courteous || (i === rest.length - 1 && isNameLine(line, name));
  });
}

function signatureSaysMore(signature: readonly string[]): boolean {
  return signature.some((line) => !FOOTER.test(line.trim()) && (PERSONAL_DA.test(line) || PERSONAL_EN.test(line)));
}

export interface ReplyInput {
  /** The mail's text as the page shows it, quotes included. */
  text: string;
  /** The version the request named (the IKU's current version). */
  version: number;
  subject?: string;
  /** The employee's name: a last line counts as a signature only when it is this name. */
  name?: string;
}

/** Where a header block of an earlier message begins: what follows is no longer this reply. */
const HEADER_BLOCK = [/^[ \t]*-{5,}/u, /^[ \t]*_{8,}[ \t]*$/u, /^[ \t]*\*{0,2}(?:fra|from|sendt|sent)\*{0,2}[ \t]*:/iu];

/**
 * Words written between quoted lines (an inline reply): after the first "> " line, every line that
 * is not quoted, up to the header block of an earlier message. Cutting at the first quote alone
 * would hide "ellers trækker jeg godkendelsen tilbage" written below a quoted paragraph.
 */
function inlineWords(quoted: string): string {
  const lines = quoted.split('\n');
  const first = lines.findIndex((line) => /^[ \t]*>/u.test(line));
  if (first < 0) return '';
  const own: string[] = [];
  for (const line of lines.slice(first)) {
    if (HEADER_BLOCK.some((re) => re.test(line))) break;
    if (!/^[ \t]*>/u.test(line) && line.trim()) own.push(line.trim());
  }
  return own.join('\n');
}

/** Reads a reply: approval only for the explicit sentence of `version`; else why not. */
export function readReply({ text, version, subject = '', name }: ReplyInput): ReplyReading {
  const normal = normalizeText(text);
  const cut = quoteStart(normal);
  const quoted = normal.slice(cut);
  const inline = inlineWords(quoted);
  const words = [normal.slice(0, cut).trim(), inline].filter(Boolean).join('\n\n');
  const no = (reason: NotApprovalReason): ReplyReading => ({ approval: false, reason, ownWords: words });

  if (AUTO_REPLY.test(normalizeText(subject)) || AUTO_REPLY.test(words)) return no('autoReply');
  if (!words) return no(approvedVersions(quoted).length ? 'onlyQuoted' : 'empty');
  const mentioned = [...words.matchAll(VERSION_MENTION)].map((m) => m[1]!);
  if (mentioned.some((n) => n !== String(version)) || approvedVersions(words).some((n) => n !== version)) return no('otherVersion');
  if (REFUSAL.test(words)) return no('refusal');
  if (CONDITION.test(words)) return no('condition');
  if (CHANGE_REQUEST.test(words)) return no('changeRequest');
  if (QUESTION_MARK.test(words) || QUESTION_START.test(words)) return no('question');
  const { body, signature } = splitSignature(words);
  if (!approvedVersions(body).includes(version)) return no(approvedVersions(quoted).length ? 'onlyQuoted' : 'noApproval');
  if (inline || !onlyCourtesyBeside(body, version, name) || signatureSaysMore(signature)) return no('extraText');
  return { approval: true, ownWords: words };
}

// Finds Danish text in string literals of TypeScript source: what lib/ must hand to a view as a
// message key instead. Comments are not read; only literals and the text parts of templates.
import ts from 'typescript';
import { da } from '../../lib/i18n/da';
import { en } from '../../lib/i18n/en';

export interface Hit {
  file: string;
  line: number;
  text: string;
  why: string;
}

const LETTERS = /[æøåÆØÅ]/;

/** One of these alone is Danish enough; none is an English word. */
export const STRONG_DANISH_WORDS =
  /\b(ikke|mangler|findes|ugyldigt?|skriv|allerede|tilladt|kunne|skal|venter|teamet|medarbejder\w*|aftale\w*|samtykke\w*|godkend\w*|fejl|eller|husk|navnet?|adgang|blev|afvist|arbejdsdage|rettelse\w*|logbog\w*|kvittering\w*|ingen|noget|indtil|mellem)\b/i;

/** Short Danish words that are Danish only together: two different ones in one literal. */
const WEAK = /\b(en|et|er|og|der|som|til|fra|har|kan|vil|det|den|af|med|nu|du|din|dit)\b/gi;

const ENGLISH = Object.values(en).join('\n');

/** Pieces of the Danish catalog's sentences (split at placeholders) that English does not use too (names such as TUS-assistent). */
const CATALOG_PIECES: readonly string[] = [
  ...new Set(
    Object.values(da)
      .flatMap((value) => value.split(/\{\w+\}/))
      .map((piece) => piece.trim())
      .filter((piece) => piece.length >= 12 && !ENGLISH.includes(piece)),
  ),
];

/** Why a literal reads as Danish UI text, or null. */
export function danishReason(text: string): string | null {
  if (LETTERS.test(text)) return 'Danish letter';
  const strong = STRONG_DANISH_WORDS.exec(text);
  if (strong) return `Danish word "${strong[1]}"`;
  const weak = new Set((text.match(WEAK) ?? []).map((w) => w.toLowerCase()));
  if (weak.size >= 2) return `Danish words ${[...weak].map((w) => `"${w}"`).join(', ')}`;
  const piece = CATALOG_PIECES.find((p) => text.includes(p));
  return piece ? `Danish catalog text "${piece}"` : null;
}

const isTextLiteral = (n: ts.Node): n is ts.StringLiteralLike | ts.TemplateLiteralLikeNode =>
  ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateHead(n) || ts.isTemplateMiddle(n) || ts.isTemplateTail(n);

/** Module names are not text. */
const isModuleName = (n: ts.Node) =>
  ts.isImportDeclaration(n.parent) ||
  ts.isExportDeclaration(n.parent) ||
  ts.isExternalModuleReference(n.parent) ||
  ts.isModuleDeclaration(n.parent) ||
  ts.isImportTypeNode(n.parent.parent);

export function danishLiterals(file: string, source: string): Hit[] {
  const tree = ts.createSourceFile(
    file,
    source,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const hits: Hit[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) || (isTextLiteral(node) && !isModuleName(node))) {
      const text = ts.isJsxText(node) ? node.text : node.text;
      const why = danishReason(text);
      if (why) hits.push({ file, line: tree.getLineAndCharacterOfPosition(node.getStart()).line + 1, text, why });
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return hits;
}

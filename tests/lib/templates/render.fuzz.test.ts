import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES, TEMPLATE_KINDS } from '../../../lib/templates/defaults';
import { type Block, parseMarkup, toHtml, toNodes } from '../../../lib/templates/mail-body';
import { PLACEHOLDERS, type PlaceholderValues, renderLine, renderTemplate } from '../../../lib/templates/placeholders';
import { fuzzText, SPICE } from '../../support/mutate';

const SEEDS = Object.values(DEFAULT_TEMPLATES).flatMap((set) => TEMPLATE_KINDS.map((k) => set[k]));
/** The only elements toHtml may make; never an attribute. */
const ALLOWED = new Set(['P', 'B', 'BR', 'UL', 'LI']);
const TAG = /<\/?([a-z]+)>/y;

const values: fc.Arbitrary<PlaceholderValues> = fc.record(
  Object.fromEntries(
    PLACEHOLDERS.map((p) => [p, fc.oneof(fc.constantFrom(...SPICE), fc.string({ unit: 'binary', maxLength: 40 }))]),
  ) as Record<keyof PlaceholderValues, fc.Arbitrary<string>>,
);

const { document } = parseHTML('<!doctype html><html><body><div id="out"></div></body></html>');
const out = document.getElementById('out')!;

/** A block's text as the DOM shows it: <br> as a line break. */
function textOf(el: Element): string {
  let text = '';
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === 3) text += node.textContent;
    else if ((node as Element).tagName === 'BR') text += '\n';
    else text += textOf(node as Element);
  }
  return text;
}

/** Every element is an allowed one with no attribute, and the text reads back exactly as the blocks hold it. */
function assertInert(root: Element, blocks: readonly Block[]) {
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (!ALLOWED.has(el.tagName) || el.attributes.length > 0) throw new Error(`live element: ${el.outerHTML.slice(0, 200)}`);
  }
  const shown = Array.from(root.children).map((el) => (el.tagName === 'UL' ? Array.from(el.children).map(textOf) : textOf(el)));
  const expected = blocks.map((b) => (b.kind === 'ul' ? b.items : b.text));
  if (JSON.stringify(shown) !== JSON.stringify(expected))
    throw new Error(`text changed: ${JSON.stringify({ shown, expected }).slice(0, 400)}`);
}

/** Without any parser: every "<" in the HTML opens one of the allowed tags, and "&" only our escapes. */
function assertTagsOnly(html: string) {
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    TAG.lastIndex = i;
    const m = TAG.exec(html);
    if (!m || !ALLOWED.has(m[1]!.toUpperCase())) throw new Error(`unexpected markup at ${i}: ${html.slice(i, i + 60)}`);
  }
  if (/&(?!(?:amp|lt|gt|quot|#39);)/.test(html)) throw new Error('bare ampersand');
}

describe('the template renderer, fuzzed: markup → blocks → HTML', () => {
  it('never throws, and its HTML holds no live element, attribute, script, style, frame or javascript: URL', () => {
    let hostile = 0;
    fc.assert(
      fc.property(fuzzText(SEEDS), values, (template, v) => {
        const rendered = renderTemplate(template, v);
        if (!rendered.ok) {
          // Refused for an unknown placeholder: each named, on a real line.
          if (!rendered.problems.every((p) => p.line >= 1 && template.includes(p.placeholder))) throw new Error('bad problem');
          return;
        }
        const html = toHtml(rendered.blocks);
        if (/<script|onerror|javascript:/i.test(JSON.stringify(rendered.blocks))) hostile++;
        assertTagsOnly(html);
        out.innerHTML = html;
        assertInert(out, rendered.blocks);
        if (
          /javascript:|on\w+=/i.test(
            Array.from(out.querySelectorAll('*'))
              .map((e) => Array.from(e.attributes).join(' '))
              .join(' '),
          )
        )
          throw new Error('live attribute');
      }),
      { numRuns: 10_000 },
    );
    // Hostile text must reach the HTML often, or the property proves little.
    expect(hostile).toBeGreaterThan(500);
  });

  it('a placeholder value never adds structure: the blocks are the template’s, whatever the values hold', () => {
    fc.assert(
      fc.property(fuzzText(SEEDS), values, (template, v) => {
        const rendered = renderTemplate(template, v);
        if (!rendered.ok) return;
        const shape = (blocks: readonly Block[]) => blocks.map((b) => (b.kind === 'ul' ? `ul${b.items.length}` : b.kind));
        expect(shape(rendered.blocks)).toEqual(shape(parseMarkup(template)));
      }),
      { numRuns: 10_000 },
    );
  });

  it('the subject line and the nodes built for Trusted Types pages hold no live element either', () => {
    fc.assert(
      fc.property(fuzzText(SEEDS), values, (template, v) => {
        const line = renderLine(template, v);
        if (line.ok && /[\r\n]/.test(line.text)) throw new Error('a subject with a line break');
        const rendered = renderTemplate(template, v);
        if (!rendered.ok) return;
        out.replaceChildren(...(toNodes(rendered.blocks, document as unknown as Document) as unknown as Node[]));
        assertInert(out, rendered.blocks);
      }),
      { numRuns: 10_000 },
    );
  });
});

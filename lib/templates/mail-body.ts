// A mail or document body as data: paragraphs, headings and bullet lists of plain text.
// HTML is only ever produced here, with every text escaped, so names from users or pages
// reach a mail as text; Gmail's Trusted Types are met by building nodes instead of HTML.

export type Block = { kind: 'p'; text: string } | { kind: 'h'; text: string } | { kind: 'ul'; items: string[] };

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** Lines with "# " are headings, "- " list items; blank lines separate paragraphs. */
export function parseMarkup(markup: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const endParagraph = () => {
    if (paragraph.length) blocks.push({ kind: 'p', text: paragraph.join('\n') });
    paragraph = [];
  };
  for (const raw of markup.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    if (line.startsWith('# ')) {
      endParagraph();
      blocks.push({ kind: 'h', text: line.slice(2).trim() });
    } else if (line.startsWith('- ')) {
      endParagraph();
      const last = blocks.at(-1);
      if (last?.kind === 'ul') last.items.push(line.slice(2).trim());
      else blocks.push({ kind: 'ul', items: [line.slice(2).trim()] });
    } else if (!line.trim()) endParagraph();
    else paragraph.push(line);
  }
  endParagraph();
  return blocks;
}

export function mapText(blocks: readonly Block[], f: (text: string) => string): Block[] {
  return blocks.map((b) => (b.kind === 'ul' ? { kind: 'ul', items: b.items.map(f) } : { ...b, text: f(b.text) }));
}

export function toHtml(blocks: readonly Block[]): string {
  return blocks
    .map((b) => {
      if (b.kind === 'ul') return `<ul>${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
      const text = escapeHtml(b.text).replace(/\n/g, '<br>');
      return b.kind === 'h' ? `<p><b>${text}</b></p>` : `<p>${text}</p>`;
    })
    .join('');
}

export function toText(blocks: readonly Block[]): string {
  return blocks.map((b) => (b.kind === 'ul' ? b.items.map((i) => `• ${i}`).join('\n') : b.text)).join('\n\n');
}

/** DOM nodes for pages that refuse HTML strings (Trusted Types). */
export function toNodes(blocks: readonly Block[], doc: Document): Node[] {
  const textWithBreaks = (el: HTMLElement, text: string) => {
    text.split('\n').forEach((line, i) => {
      if (i > 0) el.append(doc.createElement('br'));
      el.append(doc.createTextNode(line));
    });
    return el;
  };
  return blocks.map((b) => {
    if (b.kind === 'ul') {
      const ul = doc.createElement('ul');
      for (const item of b.items) ul.append(textWithBreaks(doc.createElement('li'), item));
      return ul;
    }
    const p = doc.createElement('p');
    if (b.kind === 'h') {
      p.append(textWithBreaks(doc.createElement('b'), b.text));
      return p;
    }
    return textWithBreaks(p, b.text);
  });
}

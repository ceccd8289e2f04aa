import { type Block, toHtml, toText } from '../templates/mail-body';

/**
 * Copies a mail body as formatted text: HTML (from the escaped toHtml) and plain text, so the
 * leader can paste it where the panel could not insert it. True when the clipboard took it.
 */
export async function copyRichText(blocks: readonly Block[], doc: Document = document): Promise<boolean> {
  const html = toHtml(blocks);
  const text = toText(blocks);
  try {
    const item = new ClipboardItem({
      'text/html': new Blob([html], { type: 'text/html' }),
      'text/plain': new Blob([text], { type: 'text/plain' }),
    });
    await navigator.clipboard.write([item]);
    return true;
  } catch {
    // Our panel is a frame inside the webmail, where the Clipboard API needs the page's permission
    // policy (clipboard-write); the copy command needs only the leader's click.
    let copied = false;
    const onCopy = (e: ClipboardEvent) => {
      e.clipboardData?.setData('text/html', html);
      e.clipboardData?.setData('text/plain', text);
      e.preventDefault();
      copied = true;
    };
    doc.addEventListener('copy', onCopy);
    try {
      doc.execCommand('copy');
    } finally {
      doc.removeEventListener('copy', onCopy);
    }
    return copied;
  }
}

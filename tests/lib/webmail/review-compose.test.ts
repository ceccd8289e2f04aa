import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dropOnOwnZone, leadsWithText, pickCompose, showsText, textCount } from '../../../lib/webmail/compose';
import { gmail } from '../../../lib/webmail/gmail';
import { outlook } from '../../../lib/webmail/outlook';

// Issue 12, the reviewer's defects on the compose side: each test failed before its fix.
const page = (body: string): Document =>
  parseHTML(`<!doctype html><html lang="da"><body>${body}</body></html>`).document as unknown as Document;

const gmailCompose = (n: number) => `<div role="dialog" data-compose="${n}"><div name="to"><input role="combobox" class="to" /></div>
  <form><input name="subjectbox" class="subject" /></form>
  <div aria-label="Message Body" g_editable="true" contenteditable="true" class="body"></div></div>`;

describe("defect 4: Gmail's drop zone is looked for in the compose that is filled", () => {
  // Node has no drag events: a minimal DataTransfer and DragEvent on the page's own Event class.
  beforeEach(() => {
    class Transfer {
      readonly files: File[] = [];
      readonly items = { add: (f: File) => void this.files.push(f) };
      setData() {}
    }
    vi.stubGlobal('DataTransfer', Transfer);
  });
  afterEach(() => vi.unstubAllGlobals());

  function twoComposes() {
    const doc = page(`<div class="docks">${gmailCompose(1)}${gmailCompose(2)}</div>`);
    const PageEvent = (doc.defaultView as unknown as typeof globalThis).Event;
    vi.stubGlobal(
      'DragEvent',
      class extends PageEvent {
        readonly dataTransfer: unknown;
        constructor(type: string, init: EventInit & { dataTransfer?: unknown }) {
          super(type, init);
          this.dataTransfer = init.dataTransfer;
        }
      },
    );
    const composes = gmail.findComposes(doc);
    const drops: string[] = [];
    /** A drop zone, as Gmail shows one after a dragenter: it takes dragover and drop. */
    const zone = (inside: Element, label = inside.getAttribute('data-compose') ?? '') => {
      const el = doc.createElement('div');
      el.className = 'zone';
      for (const type of ['dragover', 'drop'])
        el.addEventListener(type, (e) => {
          e.preventDefault();
          if (type === 'drop') drops.push(label);
        });
      inside.append(el);
    };
    return { doc, composes, drops, zone };
  }

  it("another compose's zone is not used: nothing is dropped", async () => {
    const { doc, composes, drops, zone } = twoComposes();
    expect(composes).toHaveLength(2);
    const other = doc.querySelector('[data-compose="2"]')!;
    composes[0]!.root.addEventListener('dragenter', () => zone(other));
    expect(await dropOnOwnZone(composes[0]!, [new File(['x'], 'IKU.pdf')], 200)).toBe(false);
    expect(drops).toEqual([]);
  });

  it("Gmail's zones at the page's end, one over each compose: the one over this compose, never the other's", async () => {
    const { doc, composes, drops, zone } = twoComposes();
    // Layout as in Gmail: the composes side by side, the zones (body > .aC7) laid over them.
    const rect = (left: number) => ({ top: 100, bottom: 500, left, right: left + 400, width: 400, height: 400 });
    const place = (el: Element, left: number) => Object.assign(el, { getBoundingClientRect: () => rect(left) });
    place(composes[0]!.root, 0);
    place(composes[1]!.root, 450);
    const overlay = (left: number) => {
      zone(doc.body, `over ${left}`);
      place(doc.body.lastElementChild!, left);
    };
    composes[0]!.root.addEventListener('dragenter', () => overlay(450));
    expect(await dropOnOwnZone(composes[0]!, [new File(['x'], 'IKU.pdf')], 200)).toBe(false);
    expect(drops).toEqual([]);
    composes[1]!.root.addEventListener('dragenter', () => {
      overlay(0);
      overlay(450);
    });
    expect(await dropOnOwnZone(composes[1]!, [new File(['x'], 'IKU.pdf')], 200)).toBe(true);
    expect(drops).toEqual(['over 450']);
  });

  it("the compose's own zone takes the drop", async () => {
    const { composes, drops, zone } = twoComposes();
    composes[0]!.root.addEventListener('dragenter', () => zone(composes[0]!.root));
    expect(await dropOnOwnZone(composes[0]!, [new File(['x'], 'IKU.pdf')], 200)).toBe(true);
    expect(drops).toEqual(['1']);
  });
});

describe('defect 5: the body counts as filled only when the whole text is there once more', () => {
  const TEXT = 'Kære Bo\n\nHer er din IKU til godkendelse.\n\n• Punkt 1\n\nVenlig hilsen\nLene Leder';
  const editor = (inner: string) => {
    const doc = page(`<div id="b" contenteditable="true">${inner}</div>`);
    return doc.getElementById('b')!;
  };
  const quoted =
    '<div class="signature">Venlig hilsen<br>Lene Leder</div><blockquote><p>Kære Bo</p><p>Tidligere anmodning</p><p>Lene Leder</p></blockquote>';

  it('first and last line elsewhere (a quoted request, the signature) is not the text', () => {
    const el = editor(`<div><br></div>${quoted}`);
    expect(showsText(el, TEXT)).toBe(false);
    expect(textCount(el, TEXT)).toBe(0);
  });

  it('the whole text already quoted once: it must show once more after inserting', () => {
    const whole = '<p>Kære Bo</p><p>Her er din IKU til godkendelse.</p><ul><li>Punkt 1</li></ul><p>Venlig hilsen<br>Lene  Leder</p>';
    const el = editor(`<div><br></div><div>Fra: Lene Leder<br>Sendt: 1. december 2026</div><blockquote>${whole}</blockquote>`);
    const before = textCount(el, TEXT);
    expect(before).toBe(1);
    expect(showsText(el, TEXT, before)).toBe(false);
    expect(leadsWithText(el, TEXT)).toBe(false);
    el.insertAdjacentHTML('afterbegin', whole);
    expect(showsText(el, TEXT, before)).toBe(true);
    expect(leadsWithText(el, TEXT)).toBe(true);
  });
});

describe('defect 6: a focused editor outside every known compose is never filled by the fallback', () => {
  const doc = page(`<div role="navigation"><button>Indbakke</button><input type="search" aria-label="Søg" /></div>
    <div role="main"><div class="compose"><div contenteditable="true" aria-label="To"></div><input aria-label="Subject" />
    <div role="textbox" aria-label="Message body" contenteditable="true"></div></div>
    <div class="unknown-compose"><div contenteditable="true" id="other"><p id="inside">Hej</p></div><textarea id="ta"></textarea></div></div>`);
  const composes = outlook.findComposes(doc);

  it('the one known compose is filled when nothing editable holds focus', () => {
    expect(composes).toHaveLength(1);
    for (const focused of [null, doc.body, doc.querySelector('[role="navigation"] button')])
      expect(pickCompose(composes, focused)).toEqual({ compose: composes[0] });
  });

  it('an editor, a field, or text inside an editor the adapter did not scope: nothing is filled', () => {
    for (const id of ['other', 'inside', 'ta'])
      expect(pickCompose(composes, doc.getElementById(id))).toEqual({ problem: 'fill.severalComposes' });
  });
});

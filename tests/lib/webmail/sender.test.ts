import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  elementAddresses,
  headerAddresses,
  mailtoAddresses,
  normalizeAddress,
  senderFromAddresses,
  senderOf,
} from '../../../lib/webmail/sender';

/** The first element of an HTML fragment, parsed as a browser would (linkedom). */
const el = (html: string): Element =>
  parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body.firstElementChild as unknown as Element;

describe('header text: the address part only', () => {
  it.each([
    ['"Bo Berg" <bo@x.dk>', ['bo@x.dk']],
    ['Bo Berg <bo@x.dk>', ['bo@x.dk']],
    ['bo@x.dk', ['bo@x.dk']],
    ['  bo@x.dk  ', ['bo@x.dk']],
    ['<bo@x.dk>', ['bo@x.dk']],
    ['<mailto:bo@x.dk>', ['bo@x.dk']],
    // Display-name spoofs: the address-looking name is never the address.
    ['"bo.berg@randers.dk" <mallory@evil.example>', ['mallory@evil.example']],
    ['bo.berg@randers.dk <mallory@evil.example>', ['mallory@evil.example']],
    ['"<bo@randers.dk>" <mallory@evil.example>', ['mallory@evil.example']],
    ['mallory@evil.example (bo@randers.dk)', ['mallory@evil.example']],
    // Display text that merely contains an address-like string is not an address source.
    ['Bo Berg bo@x.dk', []],
    ['"bo@randers.dk"', []],
    ['Fra: bo@randers.dk', []],
    ['Bo Berg', []],
    ['', []],
    ['Bo <ikke en adresse>', []],
    ['bo@localhost', []],
    // Several.
    ['a@x.dk, b@x.dk', ['a@x.dk', 'b@x.dk']],
    ['A <a@x.dk>; B <b@x.dk>', ['a@x.dk', 'b@x.dk']],
    ['<bo@randers.dk> <mallory@evil.example>', ['bo@randers.dk', 'mallory@evil.example']],
  ])('%j → %j', (text, expected) => {
    expect(headerAddresses(text)).toEqual(expected);
  });

  it('recognises a look-alike "@" as address-shaped, so that it is refused as a look-alike, not missed', () => {
    expect(headerAddresses('bo\uFF20randers.dk')).toEqual(['bo\uFF20randers.dk']);
    expect(senderFromAddresses(headerAddresses('bo\uFF20randers.dk'))).toEqual({ from: '', fromProblem: 'confusable' });
  });
});

describe('mailto: links', () => {
  it.each([
    ['mailto:bo@x.dk', ['bo@x.dk']],
    ['mailto:bo@x.dk?subject=Hej%20med%20dig', ['bo@x.dk']],
    ['MAILTO:Bo%40x.dk', ['Bo@x.dk']],
    ['mailto:%22Bo%22%20%3Cbo@x.dk%3E', ['bo@x.dk']],
    ['mailto:a@x.dk,b@x.dk', ['a@x.dk', 'b@x.dk']],
    ['https://x.dk/bo@x.dk', []],
    ['mailto:%E0%A4%A', []],
  ])('%s → %j', (href, expected) => {
    expect(mailtoAddresses(href)).toEqual(expected);
  });
});

describe('normalisation and look-alikes', () => {
  it('compares in lower case, trimmed', () => {
    expect(normalizeAddress('  Bo.Berg@Randers.DK ')).toBe('bo.berg@randers.dk');
  });

  it('compares after NFC: decomposed and composed é and å are the same address', () => {
    const composed = 'ren\u00e9.\u00e5gaard@randers.dk';
    const decomposed = 'rene\u0301.a\u030agaard@randers.dk';
    expect(composed).not.toBe(decomposed);
    expect(normalizeAddress(decomposed)).toBe(composed);
    expect(normalizeAddress(composed)).toBe(composed);
    expect(senderFromAddresses([composed, decomposed.toUpperCase()])).toEqual({ from: composed, fromProblem: null });
  });

  it('keeps Danish and other Latin letters with no ASCII twin', () => {
    expect(normalizeAddress('Søren.Ærø@randers.dk')).toBe('søren.ærø@randers.dk');
  });

  it.each([
    ['Cyrillic а (U+0430)', '\u0430nne@randers.dk'],
    ['Greek ο (U+03BF)', 'b\u03bf@randers.dk'],
    ['Cyrillic in the domain', 'bo@r\u0430nders.dk'],
    ['fullwidth @ (U+FF20)', 'bo\uff20randers.dk'],
    ['fullwidth letters', '\uff42\uff4f@randers.dk'],
    ['zero-width joiner (U+200D)', 'b\u200do@randers.dk'],
    ['zero-width space (U+200B)', 'bo\u200b@randers.dk'],
    ['soft hyphen (U+00AD)', 'bo@rand\u00aders.dk'],
    ['right-to-left override (U+202E)', 'bo@\u202erandre.dk'],
    ['Kelvin sign, which NFC would turn into K', '\u212ajeld@randers.dk'],
    ['Latin alpha ɑ (U+0251)', '\u0251nne@randers.dk'],
    ['dotless ı (U+0131)', 'l\u0131ne@randers.dk'],
    ['ligature ﬁ (U+FB01)', '\ufb01n@randers.dk'],
    ['a stray combining mark with no composed form', 'bo\u0338@randers.dk'],
    ['a control character', 'bo\u0007@randers.dk'],
  ])('refuses %s', (_, address) => {
    expect(normalizeAddress(address)).toBeNull();
    expect(senderFromAddresses([address])).toEqual({ from: '', fromProblem: 'confusable' });
  });

  it('refuses a look-alike even beside the real address (the look-alike is the warning)', () => {
    expect(senderFromAddresses(['anne@randers.dk', '\u0430nne@randers.dk'])).toEqual({ from: '', fromProblem: 'confusable' });
  });
});

describe('one certain sender', () => {
  it('none, one, the same one twice, several', () => {
    expect(senderFromAddresses([])).toEqual({ from: '', fromProblem: 'none' });
    expect(senderFromAddresses(['bo@x.dk'])).toEqual({ from: 'bo@x.dk', fromProblem: null });
    expect(senderFromAddresses(['bo@x.dk', 'BO@X.DK '])).toEqual({ from: 'bo@x.dk', fromProblem: null });
    expect(senderFromAddresses(['bo@x.dk', 'anne@x.dk'])).toEqual({ from: '', fromProblem: 'several' });
  });
});

describe('a sender element', () => {
  it('a colleague shown by name only: the address from the title', () => {
    expect(senderOf([el('<button aria-label="Fra: Bo Berg" title="bo@randers.dk">Bo Berg</button>')])).toEqual({
      from: 'bo@randers.dk',
      fromProblem: null,
    });
  });

  it('a title of the form Name <address>', () => {
    expect(senderOf([el('<span title="Bo Berg &lt;Bo@Randers.dk&gt;">Bo Berg</span>')])).toEqual({
      from: 'bo@randers.dk',
      fromProblem: null,
    });
  });

  it('a title that is the name gives nothing; a mailto link inside gives the address', () => {
    expect(senderOf([el('<span title="Bo Berg">Bo Berg</span>')])).toEqual({ from: '', fromProblem: 'none' });
    expect(senderOf([el('<span title="Bo Berg"><a href="mailto:bo@randers.dk">Bo Berg</a></span>')])).toEqual({
      from: 'bo@randers.dk',
      fromProblem: null,
    });
    expect(senderOf([el('<a href="mailto:bo@randers.dk?subject=SV">Bo Berg</a>')])).toEqual({ from: 'bo@randers.dk', fromProblem: null });
  });

  it('Gmail: the email attribute, not the name attribute or text', () => {
    expect(senderOf([el('<span class="gD" email="mallory@evil.example" name="bo@randers.dk">bo@randers.dk</span>')])).toEqual({
      from: 'mallory@evil.example',
      fromProblem: null,
    });
  });

  it('the spoof from the issue: an address as display name, another address in <…>', () => {
    expect(senderOf([el('<button>"bo.berg@randers.dk" &lt;mallory@evil.example&gt;</button>')])).toEqual({
      from: 'mallory@evil.example',
      fromProblem: null,
    });
    expect(senderOf([el('<button title="mallory@evil.example">bo.berg@randers.dk &lt;mallory@evil.example&gt;</button>')])).toEqual({
      from: 'mallory@evil.example',
      fromProblem: null,
    });
  });

  it('an address-looking display name alone is no address', () => {
    expect(senderOf([el('<button aria-label="Fra: bo@randers.dk">bo@randers.dk</button>')])).toEqual({ from: '', fromProblem: 'none' });
  });

  it('two different addresses are refused as several', () => {
    expect(senderOf([el('<button title="bo@randers.dk"><a href="mailto:mallory@evil.example">Bo</a></button>')])).toEqual({
      from: '',
      fromProblem: 'several',
    });
    expect(senderOf([el('<button>&lt;bo@randers.dk&gt; &lt;mallory@evil.example&gt;</button>')])).toEqual({
      from: '',
      fromProblem: 'several',
    });
    expect(senderOf([el('<span title="bo@randers.dk">Bo</span>'), el('<span title="anne@randers.dk">Anne</span>')])).toEqual({
      from: '',
      fromProblem: 'several',
    });
  });

  it('the same address from title, mailto and <…> in other case and normal form is one sender', () => {
    const node = el(
      '<button title="REN\u00c9@randers.dk"><a href="mailto:rene%CC%81@randers.dk">Ren\u00e9</a> &lt;Rene\u0301@Randers.dk&gt;</button>',
    );
    expect(elementAddresses(node)).toHaveLength(3);
    expect(senderOf([node])).toEqual({ from: 'ren\u00e9@randers.dk', fromProblem: null });
  });

  it('a look-alike in the title is refused', () => {
    expect(senderOf([el('<button title="\u0430nne@randers.dk">Anne</button>')])).toEqual({ from: '', fromProblem: 'confusable' });
  });
});

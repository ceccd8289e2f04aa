import { describe, expect, it } from 'vitest';
import { endOfDayEpoch, zonedToEpoch } from '../../../lib/dates/datetime';
import { safeFileName } from '../../../lib/shared/file-names';
import { DEFAULT_TEMPLATES, TEMPLATE_KINDS } from '../../../lib/templates/defaults';
import { escapeHtml, parseMarkup, toHtml, toText } from '../../../lib/templates/mail-body';
import { PLACEHOLDERS, type PlaceholderValues, renderLine, renderTemplate, unknownPlaceholders } from '../../../lib/templates/placeholders';
import { formatLongDate, placeholderValues } from '../../../lib/templates/values';

const VALUES: PlaceholderValues = {
  team: "Nord & Syd's <b>team</b>",
  dato: 'onsdag den 2. december 2026',
  tid: '09.30',
  sted: 'Mødelokale 2',
  varighed: '1 time og 30 minutter',
  leder: 'Lene <img src=x onerror=alert(1)>',
  frist: '9. dec. 2026',
};

describe('template placeholders', () => {
  it.each(PLACEHOLDERS)('{%s} is filled with its value, as text', (name) => {
    const rendered = renderTemplate(`Før {${name}} efter`, VALUES);
    expect(rendered).toEqual({ ok: true, blocks: [{ kind: 'p', text: `Før ${VALUES[name]} efter` }] });
    if (rendered.ok) expect(toHtml(rendered.blocks)).toBe(`<p>Før ${escapeHtml(VALUES[name])} efter</p>`);
  });

  it('reports an unknown placeholder with its line, never a silent blank', () => {
    expect(renderTemplate('Hej {team}\nDen {dag} kl. {tid}\n{ukendt}', VALUES)).toEqual({
      ok: false,
      problems: [
        { placeholder: '{dag}', line: 2 },
        { placeholder: '{ukendt}', line: 3 },
      ],
    });
    expect(renderLine('Invitation {Team}', VALUES)).toEqual({ ok: false, problems: [{ placeholder: '{Team}', line: 1 }] });
  });

  it('escapes values in HTML so markup and scripts reach the mail as text', () => {
    const rendered = renderTemplate('# {team}\n- {leder}', VALUES);
    expect(rendered.ok && toHtml(rendered.blocks)).toBe(
      '<p><b>Nord &amp; Syd&#39;s &lt;b&gt;team&lt;/b&gt;</b></p><ul><li>Lene &lt;img src=x onerror=alert(1)&gt;</li></ul>',
    );
  });

  it('lets no value add structure: a value with a newline and "- " stays in its paragraph', () => {
    const rendered = renderTemplate('Sted: {sted}', { ...VALUES, sted: 'A\n- B' });
    expect(rendered.ok && rendered.blocks).toEqual([{ kind: 'p', text: 'Sted: A\n- B' }]);
  });

  it('has default texts for both variants that use only known placeholders', () => {
    for (const variant of ['tus', 'tus-iku'] as const) {
      for (const kind of TEMPLATE_KINDS) expect(unknownPlaceholders(DEFAULT_TEMPLATES[variant][kind])).toEqual([]);
    }
    expect(DEFAULT_TEMPLATES['tus-iku'].questions).toContain('Hvad kan vi i teamet blive bedre til?');
    expect(DEFAULT_TEMPLATES.tus.questions).toContain('Hvad skal vi fortsætte med at gøre?');
  });

  it('parses headings, lists and paragraphs, and renders text', () => {
    const blocks = parseMarkup('# Titel\nLinje 1\nLinje 2\n\n- a\n- b');
    expect(blocks).toEqual([
      { kind: 'h', text: 'Titel' },
      { kind: 'p', text: 'Linje 1\nLinje 2' },
      { kind: 'ul', items: ['a', 'b'] },
    ]);
    expect(toText(blocks)).toBe('Titel\n\nLinje 1\nLinje 2\n\n• a\n• b');
  });
});

describe('placeholder values of a cycle', () => {
  it('formats date, time, duration and deadline the Danish way', () => {
    const values = placeholderValues('Team', 'Lene', {
      sessionAt: zonedToEpoch('2026-12-02', '09:30'),
      durationMin: 90,
      place: 'Rådhuset',
      correctionDeadline: endOfDayEpoch('2026-12-09'),
      facilitator: { kind: 'leader' },
    });
    expect(values).toEqual({
      team: 'Team',
      dato: 'onsdag den 2. december 2026',
      tid: '09.30',
      sted: 'Rådhuset',
      varighed: '1 time og 30 minutter',
      leder: 'Lene',
      frist: '9. dec. 2026',
    });
    expect(formatLongDate(zonedToEpoch('2027-01-01', '00:30'))).toBe('fredag den 1. januar 2027');
  });
});

describe('file names', () => {
  it.each([
    ['IKU_2026_Team/Nord_Åse Ø.pdf', 'IKU_2026_Team_Nord_Åse_Ø.pdf'],
    ['a:b*c?"d<e>f|g.pdf', 'a_b_c_d_e_f_g.pdf'],
    ['CON.pdf', '_CON.pdf'],
    ['navn. .pdf', 'navn.pdf'],
    [`${'x'.repeat(300)}.pdf`, `${'x'.repeat(116)}.pdf`], // FILE_NAME_MAX, 120 with the extension (was 150)
  ])('%s → %s', (input, expected) => {
    expect(safeFileName(input)).toBe(expected);
  });
});

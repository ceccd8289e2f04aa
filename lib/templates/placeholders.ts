import { type Block, mapText, parseMarkup } from './mail-body';

export const PLACEHOLDERS = ['team', 'dato', 'tid', 'sted', 'varighed', 'leder', 'frist'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type PlaceholderValues = Record<Placeholder, string>;

export interface TemplateProblem {
  placeholder: string;
  /** 1-based line in the template, for the editor's message. */
  line: number;
}

/** Every {name} in the template that we do not know: an error, never a silent blank. */
export function unknownPlaceholders(template: string): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  template.split(/\r\n?|\n/).forEach((text, i) => {
    for (const m of text.matchAll(/\{([^{}\s]*)\}/g)) {
      if (!(PLACEHOLDERS as readonly string[]).includes(m[1]!)) problems.push({ placeholder: m[0], line: i + 1 });
    }
  });
  return problems;
}

const fillText = (text: string, values: PlaceholderValues) =>
  text.replace(/\{([a-z]+)\}/g, (whole, name: string) =>
    (PLACEHOLDERS as readonly string[]).includes(name) ? values[name as Placeholder] : whole,
  );

export type Rendered = { ok: true; blocks: Block[] } | { ok: false; problems: TemplateProblem[] };

/**
 * Parses the structure first and fills values into its text afterwards, so a value can never add
 * a heading, a list or markup; HTML escaping happens when the blocks become HTML.
 */
export function renderTemplate(template: string, values: PlaceholderValues): Rendered {
  const problems = unknownPlaceholders(template);
  if (problems.length) return { ok: false, problems };
  return { ok: true, blocks: mapText(parseMarkup(template), (t) => fillText(t, values)) };
}

export function renderLine(
  template: string,
  values: PlaceholderValues,
): { ok: true; text: string } | { ok: false; problems: TemplateProblem[] } {
  const problems = unknownPlaceholders(template);
  return problems.length ? { ok: false, problems } : { ok: true, text: fillText(template, values).replace(/\s+/g, ' ').trim() };
}

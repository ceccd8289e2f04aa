import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';

/**
 * A read fixture (tests/fixtures/…/read.html) as the unit tests see it: the page parsed and its
 * own inline script run with the given query string, so the unit tests and the browser tests read
 * the very same page. linkedom runs no scripts itself, hence the Function call.
 */
export function fixturePage(path: string, query: Record<string, string | string[]> = {}): Document {
  const html = readFileSync(resolve('tests/fixtures', path), 'utf8');
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  const { document } = parseHTML(html.replace(/<script>[\s\S]*?<\/script>/g, ''));
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) for (const one of [value].flat()) search.append(key, one);
  for (const code of scripts) new Function('document', 'location', code)(document, { search: `?${search}` });
  return document as unknown as Document;
}

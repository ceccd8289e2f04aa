import type { convertWinAnsi } from './winansi';

/** Results by key, for pure work on text. */
export class Memo<T> {
  readonly #results = new Map<string, T>();

  get(key: string, make: () => T): T {
    let value = this.#results.get(key);
    if (value === undefined) {
      value = make();
      this.#results.set(key, value);
    }
    return value;
  }
}

/**
 * Text work that documents made together share: the IKUs of a team repeat most of their text
 * (headings, the team's agreements, the approval), and the same text in the same font and width
 * converts, wraps and escapes alike in every document. Made per batch and dropped with it.
 */
export interface TextCache {
  converted: Memo<ReturnType<typeof convertWinAnsi>>;
  /** By font, size and width: the standard fonts' metrics are the same in every document. */
  wrapped: Memo<readonly string[]>;
  /** By font (its encoding). */
  escaped: Memo<string>;
}

export const newTextCache = (): TextCache => ({ converted: new Memo(), wrapped: new Memo(), escaped: new Memo() });

// What lib/ hands to a view: a message key with its parameters, never a finished sentence, so the
// leader reads it in their own language. Errors carry the same; their `message` stays the Danish
// text for logs and for tests that read it.
import { type Locale, type MessageKey, t } from './index';
import { storageErrorKey } from './storage-errors';

export type Params = Record<string, string | number>;

export interface Message {
  key: MessageKey;
  params?: Params;
}

/** An error whose text the view translates: thrown by stores and handlers for the leader to read. */
export class KeyedError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Params = {},
  ) {
    super(t(key, params, 'da'));
    this.name = 'KeyedError';
  }
}

export const message = (key: MessageKey, params?: Params): Message => (params ? { key, params } : { key });

export const say = (m: Message, locale: Locale): string => t(m.key, m.params ?? {}, locale);

/**
 * A thrown value as a message to send across a message channel (where the class is lost): a keyed
 * error keeps its key; anything else is shown as it is, inside the generic text.
 */
export function messageOf(e: unknown): Message {
  if (e instanceof KeyedError) return message(e.key, e.params);
  const storage = storageErrorKey(e);
  if (storage) return message(storage);
  return message('error.generic', { message: e instanceof Error ? e.message : String(e) });
}

/**
 * The leader's text for a thrown value: a keyed error in their language, a storage failure (full
 * disk, closed or blocked database) as what to do about it, else the error's own text.
 */
export function describeError(e: unknown, locale: Locale): string {
  if (e instanceof KeyedError) return t(e.key, e.params, locale);
  const storage = storageErrorKey(e);
  if (storage) return t(storage, {}, locale);
  if (e instanceof Error) return e.message;
  return String(e);
}

// A message key with its parameters, as it crosses between contexts: the receiving view picks the
// language. Checked against the catalog, so a key we do not have is refused here rather than
// failing when the view translates it.
import * as v from 'valibot';
import type { MessageKey } from '../i18n';
import { da } from '../i18n/da';

export const MessageKeySchema = v.custom<MessageKey>((key) => typeof key === 'string' && Object.hasOwn(da, key), 'unknown message key');

/** A message whose key `key` checks (Chrome's worker checks its form only: lib/browser/worker-lazy/message.ts). */
export const messageWith = <K extends v.GenericSchema<unknown, MessageKey>>(key: K) =>
  v.object({
    key,
    params: v.optional(v.record(v.pipe(v.string(), v.maxLength(100)), v.union([v.pipe(v.string(), v.maxLength(5_000)), v.number()]))),
  });

export const MessageSchema = messageWith(MessageKeySchema);

// Stands in for lib/messaging/message.ts in the Chrome service worker's build only (wxt.config.ts).
// The worker holds no catalog (its texts are the reminders', i18n-da.ts), so a message key that
// passes through it (a fill result's problems, on their way to the panel) is checked for its form
// here, and against the catalog by the panel, which parses every reply with the same schema
// (lib/messaging/protocol-map.ts, REPLIES) before it says anything.
import * as v from 'valibot';
import type { MessageKey } from '../../i18n';
import { messageWith } from '../../messaging/message';

export const MessageKeySchema = v.custom<MessageKey>(
  (key) => typeof key === 'string' && /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9_-]+)+$/.test(key) && key.length <= 100,
  'unknown message key',
);

export const MessageSchema = messageWith(MessageKeySchema);

import { type AnyRequest, parseReply, type ReplyOf } from './protocol-map';

/** How a message leaves this context (in the panels: `browser.runtime.sendMessage`). */
export type Send = (message: unknown) => Promise<unknown>;

export type Request = <R extends AnyRequest>(message: R) => Promise<ReplyOf<R['type']> | null>;

/**
 * The one typed client: `request(message)` resolves to that message's reply, parsed with its reply
 * schema. null when the receiver refused (it answers a frame it does not trust with null), failed,
 * did not answer, or answered something that does not fit: a reply is never cast.
 */
export function createClient(send: Send): Request {
  return async (message) => {
    let reply: unknown;
    try {
      reply = await send(message);
    } catch {
      return null;
    }
    return parseReply(message.type, reply);
  };
}

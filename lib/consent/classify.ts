// What a reply says, read the way a leader would: approval, or a wish for changes. Anything
// unclear is treated as a wish for changes, never as consent.

export type ReplyKind = 'consent' | 'changes';

const NO = /\b(ikke\s+godkend\w*|godkender\s+ikke|nej|ændr\w*|rett\w*|forkert\w*|mangler|kommentar\w*|tilføj\w*|ønsker\s+at)\b/i;
const YES = /\b(godkend\w*|accepter\w*|enig|i\s+orden|ok|okay|ja)\b/i;

/** Only the reply's own words: quoted text and earlier messages below the first header are left out. */
export function ownWords(text: string): string {
  const cut = text.search(/^(>|Fra:|From:|Den .* skrev|On .* wrote|-----)/m);
  return (cut >= 0 ? text.slice(0, cut) : text).trim();
}

export function classifyReply(text: string): ReplyKind {
  const words = ownWords(text);
  if (NO.test(words)) return 'changes';
  return YES.test(words) ? 'consent' : 'changes';
}

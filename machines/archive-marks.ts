/**
 * What the leader files after an employee's consent, in the order the views show them. Kept out
 * of `iku.machine.ts` so the message schema and the content scripts can read the list without
 * bundling XState.
 */
export const ARCHIVE_MARKS = ['ikuFiled', 'consentFiled', 'sentToEBoks'] as const;
export type ArchiveMark = (typeof ARCHIVE_MARKS)[number];

/** What to show the leader for a thrown value: our errors carry Danish messages. */
export const errorMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e));

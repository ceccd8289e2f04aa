import type { StateValue } from 'xstate';

/** Every state node path a state value is in, e.g. "session", "session.teamFocus", "session.teamFocus.groups". */
export function statePaths(value: StateValue, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix + value];
  return Object.entries(value).flatMap(([key, child]) => [
    prefix + key,
    ...(child === undefined ? [] : statePaths(child as StateValue, `${prefix}${key}.`)),
  ]);
}

import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ROW_SCHEMAS } from '../../../lib/backup/schema';

const ok = (key: string, value: unknown) => v.safeParse(ROW_SCHEMAS.settings, { key, value }).success;

describe('settings rows in a backup file', () => {
  it("checks a team's own cards and the session sound by their shape", () => {
    expect(ok('cards:t1', [{ id: 'own-1', kind: 'dialog', field: null, text: 'Hvad lykkes for os?', createdAt: 1 }])).toBe(true);
    expect(ok('cards:t1', [{ id: 'blank-1', text: 'Et blankt kort er ikke et eget kort' }])).toBe(false);
    expect(ok('cards:t1', [{ id: 'own-2', text: 'x'.repeat(301) }])).toBe(false);
    expect(ok('cards:t1', 'ikke en liste')).toBe(false);
    expect(ok('session.sound', true)).toBe(true);
    expect(ok('session.sound', 'ja')).toBe(false);
  });
});

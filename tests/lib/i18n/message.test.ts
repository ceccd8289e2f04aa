import { describe, expect, it } from 'vitest';
import { describeError, KeyedError, message, say } from '../../../lib/i18n/message';

describe('keyed messages', () => {
  it('a keyed error reads in the leader’s language and keeps Danish as its own message', () => {
    const e = new KeyedError('error.generic', { message: 'x' });
    expect(describeError(e, 'en')).toBe('Something went wrong: x');
    expect(describeError(e, 'da')).toBe('Noget gik galt: x');
    expect(e.message).toBe('Noget gik galt: x');
    expect(describeError(new Error('plain'), 'en')).toBe('plain');
    expect(describeError('text', 'da')).toBe('text');
  });

  it('a message fills its parameters in either language', () => {
    const m = message('error.generic', { message: 'Disken er fuld' });
    expect(say(m, 'da')).toBe('Noget gik galt: Disken er fuld');
    expect(say(m, 'en')).toBe('Something went wrong: Disken er fuld');
  });
});

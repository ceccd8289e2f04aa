import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from '../../../lib/messaging/base64';

describe('attachment base64', () => {
  it('gives back the same bytes, also for files larger than one encoding slice', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70_000 }), (bytes) => {
        expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
      }),
      { numRuns: 40 },
    );
    expect(bytesToBase64(new TextEncoder().encode('æøå'))).toBe(Buffer.from('æøå').toString('base64'));
  });
});

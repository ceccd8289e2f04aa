import { describe, expect, it } from 'vitest';
import { parseFillCompose } from '../../../lib/messaging/protocol';

const fill = (to: string[]) => ({ type: 'tus.fillCompose', mail: { to, subject: 'Invitation', body: [], attachments: [] } });

describe('the addresses of a mail to fill in', () => {
  it('follow our own address rule (the employee form and import), so every stored address can be mailed', () => {
    // valibot's email() refused these two, which the employee form accepts.
    expect(parseFillCompose(fill(["o'brien@randers.dk", 'anne%hr@randers.dk']))).not.toBeNull();
    expect(parseFillCompose(fill(['bo@randers.dk']))).not.toBeNull();
  });

  it('refuse what is not an address', () => {
    expect(parseFillCompose(fill(['bo@randers']))).toBeNull();
    expect(parseFillCompose(fill(['Bo Berg <bo@randers.dk>']))).toBeNull();
    expect(parseFillCompose(fill(['bo@randers.dk, mallory@evil.example']))).toBeNull();
  });
});

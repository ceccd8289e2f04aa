import { describe, expect, it } from 'vitest';
import { matchBySender } from '../../../lib/consent/match-sender';

const open = [
  { cycleId: 'c1', employeeId: 'e1', email: 'åse@randers.dk' },
  { cycleId: 'c1', employeeId: 'e2', email: 'bo@randers.dk' },
  { cycleId: 'c2', employeeId: 'e9', email: 'bo@randers.dk' },
];

describe('a reply without the reference, matched by its sender', () => {
  it('matches the one open request for that address, in any case and Unicode form', () => {
    expect(matchBySender(open, ' A\u030aSE@Randers.dk', false)).toEqual({ kind: 'one', request: open[0] });
  });
  it('never guesses between two open requests for the same address', () => {
    expect(matchBySender(open, 'bo@randers.dk', false)).toEqual({ kind: 'several', count: 2 });
  });
  it('matches nothing for another address, no address, or a sender read with doubt', () => {
    expect(matchBySender(open, 'mallory@evil.example', false)).toEqual({ kind: 'none' });
    expect(matchBySender(open, '', false)).toEqual({ kind: 'none' });
    expect(matchBySender(open, 'åse@randers.dk', true)).toEqual({ kind: 'none' });
  });
});

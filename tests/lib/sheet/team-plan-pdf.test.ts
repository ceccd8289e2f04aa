import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { teamPlanPdf } from '../../../lib/sheet/team-plan-pdf';

describe('team development plan PDF', () => {
  it('says who made it and its version, lists short- and long-term agreements with owners, and the follow-up meetings', async () => {
    const a = (id: string, text: string, term: 'short' | 'long' | undefined, owner = '') => ({
      id,
      cycleId: 'c',
      employeeId: null,
      text,
      owner,
      due: '',
      term,
      createdAt: 1,
      updatedAt: 1,
    });
    const pdf = await teamPlanPdf({
      workplace: 'Randers Kommune',
      team: 'Rengøringen',
      leader: 'Lene',
      sessionAt: Date.UTC(2026, 11, 9, 8),
      agreements: [
        a('1', 'Fælles morgenmøde hver mandag', 'short', 'Alle'),
        a('2', 'Jobbytte med naboteamet', 'long', 'Bo'),
        a('3', 'Uden termin tæller som kort sigt', undefined),
      ],
      followUps: [
        { at: Date.UTC(2027, 5, 1, 8), heldAt: null, form: 'teamMeeting', place: 'Personalestuen' },
        { at: Date.UTC(2027, 2, 1, 9), heldAt: null },
      ],
      madeBy: 'trio',
      version: 2,
    });
    const text = execFileSync('pdftotext', ['-', '-'], { input: pdf.bytes, encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toMatch(
      /Aftaler på kort sigt • Fælles morgenmøde hver mandag Ansvarlig: Alle • Uden termin tæller som kort sigt Aftaler på lang sigt • Jobbytte med naboteamet Ansvarlig: Bo/,
    );
    expect(text).toContain(
      'Udarbejdet af: Arbejdspladsens TRIO (leder, tillidsrepræsentant og arbejdsmiljørepræsentant) Version: 2 Aftaler på kort sigt',
    );
    // By date; a meeting planned as a bare date (older logs) has no form or place.
    expect(text).toContain(
      'Opfølgning Vi gør status på aftalerne på disse møder: • 1. mar. 2027 kl. 10.00, opfølgningsmøde • 1. jun. 2027 kl. 10.00, teammøde, Personalestuen',
    );
    expect(text).toContain('Teamudviklingsplan version 2');
  });

  it('made by the whole team, without meetings, says so', async () => {
    const pdf = await teamPlanPdf({
      workplace: '',
      team: 'Rengøringen',
      leader: 'Lene',
      sessionAt: Date.UTC(2026, 11, 9, 8),
      agreements: [],
      followUps: [],
      madeBy: 'team',
      version: 1,
    });
    const text = execFileSync('pdftotext', ['-', '-'], { input: pdf.bytes, encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Udarbejdet af: Hele teamet i fællesskab');
    expect(text).toContain('Aftaler på kort sigt Ingen aftaler. Aftaler på lang sigt Ingen aftaler.');
    expect(text).toContain('Der er ikke aftalt opfølgningsmøder endnu.');
  });
});

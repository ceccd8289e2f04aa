import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { teamPlanPdf } from '../../../lib/sheet/team-plan-pdf';

describe('team development plan PDF', () => {
  it('lists short- and long-term agreements with owners, and the follow-up dates', async () => {
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
      followUps: [Date.UTC(2027, 2, 1, 9)],
    });
    const text = execFileSync('pdftotext', ['-', '-'], { input: pdf.bytes, encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toMatch(
      /Aftaler på kort sigt • Fælles morgenmøde hver mandag Ansvarlig: Alle • Uden termin tæller som kort sigt Aftaler på lang sigt • Jobbytte med naboteamet Ansvarlig: Bo/,
    );
    expect(text).toContain('Opfølgningsmøde 1. mar. 2027');
  });
});

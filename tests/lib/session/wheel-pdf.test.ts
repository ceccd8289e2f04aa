import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CARDS, SUMMARY_QUESTIONS } from '../../../lib/session/cards';
import { wheelPdf } from '../../../lib/session/wheel-pdf';

const textOf = (bytes: Uint8Array) => execFileSync('pdftotext', ['-', '-'], { input: bytes, encoding: 'utf8' }).replace(/\s+/g, ' ');

describe('the wheel on paper', () => {
  it('prints every theme, field and question in the wheel’s order, then the help questions, the exercises and the team’s own cards', async () => {
    const pdf = await wheelPdf({
      team: 'Rengøringen',
      ownCards: [
        { id: 'own-1', kind: 'dialog', field: 'borgere', text: 'Hvad siger borgerne om os i år?' },
        { id: 'own-2', kind: 'dialog', field: null, text: 'Hvad er vi stolte af?' },
        { id: 'own-3', kind: 'exercise', field: null, text: 'Gåtur to og to' },
      ],
    });
    expect(pdf.replaced).toEqual([]);
    const text = textOf(pdf.bytes);
    const parts = [
      'Samtalehjulet: temaer og hjælpespørgsmål',
      'Team: Rengøringen',
      'Vores team',
      CARDS[0]!.text,
      'Faglighed: opgaver, kompetencer, mål og værdier',
      'Opgaver',
      'Kompetencer',
      'Mål og værdier',
      'Relationer: naboteams, samarbejdspartnere, borgere',
      'Borgere',
      'Hvad siger borgerne om os i år?',
      'Teamets egne spørgsmål',
      'Hvad er vi stolte af?',
      'Hjælpespørgsmål til opsamlingen',
      ...SUMMARY_QUESTIONS,
      'Øvelseskort',
      'Stop – fortsæt – start',
      'Gåtur to og to',
      'Spilleregler',
    ];
    let from = 0;
    for (const part of parts) {
      const at = text.indexOf(part, from);
      expect(at, part).toBeGreaterThanOrEqual(0);
      from = at + part.length;
    }
    // Every built-in question is on the paper.
    for (const card of CARDS) expect(text).toContain(card.text.slice(0, 30));
  });
});

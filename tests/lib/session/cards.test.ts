import { describe, expect, it } from 'vitest';
import { CARDS, pickCard, WHEEL } from '../../../lib/session/cards';

describe('cards', () => {
  it('every wheel field has dialog cards, and ids are unique', () => {
    for (const field of WHEEL) expect(CARDS.filter((c) => c.field === field.id).length).toBeGreaterThan(1);
    expect(new Set(CARDS.map((c) => c.id)).size).toBe(CARDS.length);
  });

  it('draws every card exactly once, then none', () => {
    const drawn: string[] = [];
    for (let i = 0; i < CARDS.length; i++) drawn.push(pickCard(CARDS, drawn, (i * 0.37) % 1)!.id);
    expect(new Set(drawn).size).toBe(CARDS.length);
    expect(pickCard(CARDS, drawn, 0.5)).toBeNull();
  });
});

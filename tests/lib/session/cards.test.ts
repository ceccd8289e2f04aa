import { describe, expect, it } from 'vitest';
import { CARDS, pickCard, pileOf, WHEEL } from '../../../lib/session/cards';

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

  it('draws dialogue cards from the chosen wheel field only, exercises whatever the field', () => {
    const opgaver = pileOf('dialog', 'opgaver');
    expect(opgaver.length).toBeGreaterThan(1);
    expect(opgaver.every((c) => c.kind === 'dialog' && c.field === 'opgaver')).toBe(true);
    expect(pileOf('dialog', null)).toEqual(CARDS.filter((c) => c.kind === 'dialog'));
    expect(pileOf('exercise', 'opgaver')).toEqual(CARDS.filter((c) => c.kind === 'exercise'));
  });
});

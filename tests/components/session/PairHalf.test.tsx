import { describe, expect, it } from 'vitest';
import { PairHalf } from '../../../components/session/PairHalf';
import { pairHalf } from '../../../lib/session/pairs';
import { mount } from '../../support/mount';

const MIN = 60_000;
const clockAt = (elapsedMs: number) => ({ elapsedMs, remainingMs: 14 * MIN - elapsedMs });
const show = (elapsedMs: number, locale: 'da' | 'en' = 'da') => mount(<PairHalf half={pairHalf(clockAt(elapsedMs), 14)} />, locale);
const live = (root: Element) => root.querySelector('.pair-switch[aria-live="assertive"]')!;

describe('the pairs phase on screen', () => {
  it('shows the first person, 1/2, and the half’s own time at 6:59, with a silent live region', () => {
    const view = show(6 * MIN + 59_000);
    expect(view.root.querySelector('.pair-person')!.textContent).toBe('Første person · 1/2 · 00:01 tilbage af halvdelen');
    expect(live(view.root).textContent).toBe('');
    expect(live(view.root).getAttribute('class')).toBe('pair-switch');
    view.unmount();
  });

  it('at 7:00 says the switch in the live region, highlighted, and shows the second person, 2/2', () => {
    const view = show(7 * MIN);
    expect(view.root.querySelector('.pair-person')!.textContent).toBe('Anden person · 2/2 · 07:00 tilbage af halvdelen');
    expect(live(view.root).textContent).toBe('Skift! Nu er det anden persons tur.');
    expect(live(view.root).getAttribute('class')).toBe('pair-switch active');
    view.unmount();
  });

  it('speaks English to an English leader, and the signal is gone a minute later', () => {
    const view = show(8 * MIN, 'en');
    expect(view.root.querySelector('.pair-person')!.textContent).toBe('Second person · 2/2 · 06:00 left of this half');
    expect(live(view.root).textContent).toBe('');
    view.unmount();
  });
});

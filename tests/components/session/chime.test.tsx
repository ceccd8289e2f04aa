import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { useChime } from '../../../components/session/chime';
import { mount } from '../../support/mount';

interface Step {
  due: boolean;
  fresh: boolean;
  key: string;
  soundOn: boolean;
}

/** One mounted probe whose props the test changes, counting the chimes. */
function probe(first: Step) {
  let played = 0;
  let setStep: (s: Step) => void = () => {};
  function Probe() {
    const [step, set] = useState(first);
    setStep = set;
    useChime(step.due, step.fresh, step.key, step.soundOn, () => {
      played++;
    });
    return null;
  }
  const view = mount(<Probe />);
  return {
    to: (step: Step) => act(() => setStep(step)),
    played: () => played,
    unmount: view.unmount,
  };
}

const at = (due: boolean, fresh: boolean, key = 'p1:switch', soundOn = true): Step => ({ due, fresh, key, soundOn });

describe('the chime', () => {
  it('sounds once at the moment it is due, with the sound on, and not again on the next renders', () => {
    const p = probe(at(false, true));
    expect(p.played()).toBe(0);
    p.to(at(true, true));
    expect(p.played()).toBe(1);
    p.to({ ...at(true, true), soundOn: false });
    p.to(at(true, true));
    expect(p.played()).toBe(1);
    // The next phase (another key) chimes again.
    p.to(at(true, true, 'p2:end'));
    expect(p.played()).toBe(2);
    p.unmount();
  });

  it('is silent while the sound is off, and stays silent for that moment when the sound is turned on later', () => {
    const p = probe(at(true, true, 'p1:switch', false));
    p.to(at(true, true));
    expect(p.played()).toBe(0);
    p.unmount();
  });

  it('is silent when the page opens long after the moment (a reload after the switch)', () => {
    const p = probe(at(true, false));
    expect(p.played()).toBe(0);
    p.unmount();
  });
});

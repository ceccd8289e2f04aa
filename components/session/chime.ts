import { useEffect, useRef } from 'preact/hooks';
import type { PhaseClock } from '../../lib/session/timer';

/** A soft two-tone chime with Web Audio: no sound file, nothing loaded from anywhere. */
export function chime(): void {
  try {
    const audio = new AudioContext();
    [660, 880].forEach((hz, i) => {
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.frequency.value = hz;
      gain.gain.setValueAtTime(0.0001, audio.currentTime + i * 0.35);
      gain.gain.exponentialRampToValueAtTime(0.15, audio.currentTime + i * 0.35 + 0.05);
      gain.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + i * 0.35 + 0.6);
      osc.connect(gain).connect(audio.destination);
      osc.start(audio.currentTime + i * 0.35);
      osc.stop(audio.currentTime + i * 0.35 + 0.65);
    });
  } catch {
    // No audio device (or autoplay blocked): the visual cue still shows.
  }
}

/** Chimes once when a phase runs out (not again after a reload of an overrun phase). */
export function useChime(clock: PhaseClock | null, phaseStartedAt: number | null | undefined): void {
  const chimedFor = useRef<number | null>(null);
  useEffect(() => {
    if (!clock || !phaseStartedAt) return;
    if (clock.over && chimedFor.current !== phaseStartedAt && clock.remainingMs > -5_000) chime();
    if (clock.over) chimedFor.current = phaseStartedAt;
  }, [clock?.over, phaseStartedAt]);
}

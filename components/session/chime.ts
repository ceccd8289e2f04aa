import { useEffect, useRef } from 'preact/hooks';

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

/**
 * Chimes once per `key` (a phase's end, a pairs phase's switch) when `due` turns true, only with
 * the sound on, and only when it happened just now (`fresh`): not again after a reload of a phase
 * that ran out long ago.
 */
export function useChime(due: boolean, fresh: boolean, key: string | null, soundOn: boolean, play: () => void = chime): void {
  const chimedFor = useRef<string | null>(null);
  useEffect(() => {
    if (!key || !due) return;
    if (soundOn && fresh && chimedFor.current !== key) play();
    chimedFor.current = key;
  }, [due, key]);
}

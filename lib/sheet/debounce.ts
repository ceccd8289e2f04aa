/**
 * Runs `save` at most once per `ms` of quiet typing, and at once on flush (page hidden,
 * field left): at most `ms` of typing is ever at risk.
 */
export function debounced<T>(save: (value: T) => void, ms: number): { push: (value: T) => void; flush: () => void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: { value: T } | null = null;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (pending) {
      const { value } = pending;
      pending = null;
      save(value);
    }
  };
  return {
    push(value) {
      pending = { value };
      if (timer) clearTimeout(timer);
      timer = setTimeout(flush, ms);
    },
    flush,
  };
}

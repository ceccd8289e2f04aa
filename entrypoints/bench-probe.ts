// Only in `--mode test` builds. Registered by the benchmark just before a content script under
// test (ours, or the floor's one button), in the same injection: notes the moment of injection,
// the paint after the button's host element appears, and the long tasks in between, on the
// page's <html> element, where the benchmark reads them once the page has settled.
interface Probe {
  start: number;
  painted: number | null;
  longTasks: { start: number; duration: number }[];
}

export default defineUnlistedScript(() => {
  const probe: Probe = { start: performance.now(), painted: null, longTasks: [] };
  const write = () => (document.documentElement.dataset.benchContentScript = JSON.stringify(probe));
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) probe.longTasks.push({ start: task.startTime, duration: task.duration });
    write();
  }).observe({ type: 'longtask', buffered: true });
  const found = () => document.querySelector('tus-assistent-button, bench-floor-button');
  const observer = new MutationObserver(() => {
    if (!found()) return;
    observer.disconnect();
    // After the next frame is painted (Element Timing does not see into a shadow root).
    requestAnimationFrame(() =>
      setTimeout(() => {
        probe.painted = performance.now();
        write();
      }),
    );
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  write();
});

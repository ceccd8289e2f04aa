// A Chromium trace for the profiling tools (bench/profile-*.ts): the events of the given
// categories recorded while `during` runs. Tracing slows what it traces: compare traced runs with
// each other, never with `npm run bench`.
import type { CDPSession, Page } from 'playwright-core';

export interface TraceEvent {
  name: string;
  ph: string;
  cat?: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown> & {
    data?: { url?: string; frame?: string; functionName?: string; message?: string };
    name?: string;
    fileName?: string;
  };
}

export async function traced<T>(
  page: Page,
  categories: readonly string[],
  during: (cdp: CDPSession) => Promise<T>,
): Promise<{ result: T; events: TraceEvent[] }> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: [...categories] } });
  const result = await during(cdp);
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  return { result, events };
}

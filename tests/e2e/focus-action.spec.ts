import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchExtension, openTestkit } from './support/browser';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

const SESSION_AT = Date.UTC(2026, 2, 10, 8, 0);
const focused = () => document.activeElement?.getAttribute('data-action') ?? document.activeElement?.tagName ?? null;

describe('the team page opened for a step (the popup\'s "Gør det")', () => {
  it('focuses the button that carries out the step, and nothing for another cycle', async () => {
    const kit = await openTestkit(session);
    // The plan is done (the script completes it), so the step is the follow-up: its button is the
    // follow-up panel's, below the timeline.
    const { teamId, cycleId } = await kit.evaluate((at) => window.testkit.seedCycle('tus', 1, 'teamPlan', at), SESSION_AT);

    const page = await session.open(`dashboard.html#teamId=${teamId}&cycleId=${cycleId}&action=planFollowUps`);
    await expect.poll(() => page.evaluate(focused)).toBe('planFollowUps');

    const other = await session.open(`dashboard.html#teamId=${teamId}&cycleId=another&action=planFollowUps`);
    await other.locator('button[data-action="planFollowUps"]').waitFor();
    expect(await other.evaluate(focused)).not.toBe('planFollowUps');
    await kit.close();
  });
});

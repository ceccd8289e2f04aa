import { describe, expect, it } from 'vitest';
import { parseRoute } from '../../../components/dashboard/use-hash-route';
import { dashboardUrl } from '../../../lib/browser/pages';

describe('the dashboard’s route in its URL hash', () => {
  it('reads the team, cycle and action the popup’s "Gør det" links to', () => {
    const url = dashboardUrl({ teamId: 'team-1', cycleId: 'c 1/ø', action: 'markPrepared' });
    expect(parseRoute(new URL(url).hash)).toEqual({ teamId: 'team-1', cycleId: 'c 1/ø', action: 'markPrepared' });
  });

  it('reads a team alone, the settings, and nothing', () => {
    expect(parseRoute('#teamId=t2')).toEqual({ teamId: 't2' });
    expect(parseRoute('view=settings')).toEqual({ view: 'settings' });
    expect(parseRoute('#action=createTeam')).toEqual({ action: 'createTeam' });
    expect(parseRoute('')).toEqual({});
    expect(parseRoute(new URL(dashboardUrl()).hash)).toEqual({});
  });

  it('leaves out empty values and views it does not know', () => {
    expect(parseRoute('#teamId=&cycleId=c1&view=admin&other=x')).toEqual({ cycleId: 'c1' });
  });

  it('reads a cycle’s page, which needs its cycle', () => {
    expect(parseRoute('#view=cycle&cycleId=c%201')).toEqual({ view: 'cycle', cycleId: 'c 1' });
    expect(parseRoute('#view=cycle')).toEqual({});
  });
});

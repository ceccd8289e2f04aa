// The documents the team page hands the leader: the team plan, the IKUs in one zip, a receipt.

import type { CycleContext } from '../../machines/cycle.machine';
import { download, objectUrl } from '../browser/download';
import { receiptInput } from '../consent/receipt-input';
import { consentReceiptPdf, receiptFileName } from '../consent/receipt-pdf';
import type { CycleRow } from '../cycles/queries';
import { sessionDateOf } from '../cycles/session-date';
import type { IkuVersion } from '../domain/types';
import { zipFiles } from '../iku/zip';
import { getSetting } from '../settings/store';
import { safeFileName } from '../shared/file-names';
import { sha256Hex } from '../shared/hash';
import { agreementsOf } from '../sheet/store';
import { teamPlanPdf } from '../sheet/team-plan-pdf';
import { type ActionDeps, withDeps } from './deps';

/** A file ready behind a link: the link's target and the name it is saved under. */
export interface FileLink {
  href: string;
  fileName: string;
}

/** The team plan as it stands now, its hash (what the log records) and a link to it. */
export async function makeTeamPlan(
  cycle: Pick<CycleRow, 'id' | 'createdAt'>,
  context: CycleContext,
  teamName: string,
  deps: Partial<ActionDeps> = {},
): Promise<{ hash: string; link: FileLink }> {
  const { db } = withDeps(deps);
  const leader = await getSetting(db, 'leader');
  const plan = await teamPlanPdf({
    workplace: leader.workplace,
    team: teamName,
    leader: leader.name,
    sessionAt: sessionDateOf(cycle, context),
    agreements: await agreementsOf(db, cycle.id),
    followUps: context.followUps.map((f) => f.at),
  });
  return {
    hash: await sha256Hex(plan.bytes),
    link: { href: objectUrl(plan.bytes, 'application/pdf'), fileName: safeFileName(`Teamudviklingsplan_${teamName}.pdf`) },
  };
}

/** Every IKU's latest version in one zip, saved at once. */
export async function downloadIkuZip(ikus: readonly IkuVersion[], teamName: string): Promise<void> {
  const files = await Promise.all(ikus.map(async (v) => ({ name: v.fileName, bytes: new Uint8Array(await v.pdf.arrayBuffer()) })));
  download(zipFiles(files) as Uint8Array<ArrayBuffer>, safeFileName(`IKU_${teamName}.zip`), 'application/zip');
}

/** The consent receipt of one employee, saved at once; nothing without a recorded consent. */
export async function downloadReceipt(cycleId: string, employeeId: string, deps: Partial<ActionDeps> = {}): Promise<void> {
  const input = await receiptInput(withDeps(deps).db, cycleId, employeeId);
  if (!input) return;
  const receipt = await consentReceiptPdf(input);
  download(receipt.bytes, receiptFileName(input), 'application/pdf');
}

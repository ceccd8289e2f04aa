import { useEffect, useState } from 'preact/hooks';
import { downloadArchiveFiles, downloadArchiveZip } from '../../lib/actions/archive';
import { objectUrl } from '../../lib/browser/download';
import { request } from '../../lib/browser/panel-client';
import type { PendingUpload } from '../../lib/messaging/replies';
import { useRevokeWhenGone } from '../hooks/use-revoke-when-gone';
import { useT } from '../hooks/use-t';

interface Link {
  name: string;
  url: string;
}

/** One employee's pending upload: the archive file, the one mark its upload earns, and e-Boks. */
function PendingRow({
  item,
  links,
  onDownload,
  onFiled,
  onEBoks,
}: {
  item: PendingUpload;
  links: Link[] | undefined;
  onDownload: () => void;
  onFiled: () => void;
  onEBoks: () => void;
}) {
  const { t } = useT();
  const filed = item.marks.ikuFiled !== undefined && item.marks.consentFiled !== undefined;
  return (
    <li class="cycle" data-employee-id={item.employeeId}>
      <strong>{item.employeeName}</strong> · {item.teamName} · IKU v{item.version}
      <div>
        <button type="button" class="secondary" onClick={onDownload} aria-label={`${t('personnel.prepare')}: ${item.employeeName}`}>
          {t('personnel.prepare')}
        </button>
      </div>
      {links && (
        <ul class="downloads">
          {links.map((l) => (
            <li key={l.name}>
              <a href={l.url} download={l.name}>
                {l.name}
              </a>
            </li>
          ))}
        </ul>
      )}
      <ul class="marks">
        <li>
          {filed ? (
            <span class="ok">✓ {t('personnel.filedDone')}</span>
          ) : (
            <button type="button" onClick={onFiled} aria-label={`${t('personnel.filed')}: ${item.employeeName}`}>
              {t('personnel.filed')}
            </button>
          )}
        </li>
        <li>
          {item.marks.sentToEBoks !== undefined ? (
            <span class="ok">✓ {t('emp.sentToEBoks')}</span>
          ) : (
            <button type="button" class="secondary" onClick={onEBoks} aria-label={`${t('emp.sentToEBoks')}: ${item.employeeName}`}>
              {t('emp.sentToEBoks')}
            </button>
          )}
        </li>
      </ul>
    </li>
  );
}

/** The cycles in the list, each with its team's name and how many still lack e-Boks. */
function teamsOf(items: readonly PendingUpload[]): { cycleId: string; team: string; due: number }[] {
  const teams = new Map<string, { cycleId: string; team: string; due: number }>();
  for (const i of items) {
    const entry = teams.get(i.cycleId) ?? { cycleId: i.cycleId, team: i.teamName, due: 0 };
    if (i.marks.sentToEBoks === undefined) entry.due++;
    teams.set(i.cycleId, entry);
  }
  return [...teams.values()].filter((e) => e.due > 0);
}

type Say = { text: string; bad: boolean };

/** The whole round at once: every archive file in one zip, and e-Boks for each team with approved IKUs. */
function RoundActions({ items, onMessage, onDone }: { items: PendingUpload[]; onMessage: (m: Say) => void; onDone: () => Promise<void> }) {
  const { t, say, error } = useT();
  const downloadAll = async () => {
    const entries = await request({ type: 'tus.personnel.allFiles' });
    if (!entries) return onMessage({ text: t('overlay.noAnswer'), bad: true });
    try {
      const count = await downloadArchiveZip(entries, Date.now());
      // A file that is not the approved IKU with its receipt in one is said, never quietly swapped.
      const notes = entries.flatMap((e) =>
        e.files.kind === 'separate' ? [t('personnel.contentChanged', { name: e.files.receipt.employee })] : [],
      );
      onMessage({ text: [t('personnel.downloadedAll', { count }), ...notes].join(' '), bad: notes.length > 0 });
    } catch (e) {
      onMessage({ text: error(e), bad: true });
    }
  };
  const eBoksTeam = async (cycleId: string) => {
    const result = await request({ type: 'tus.personnel.eBoksTeam', cycleId });
    if (!result) onMessage({ text: t('overlay.noAnswer'), bad: true });
    else if (!result.ok) onMessage({ text: say(result.error), bad: true });
    else {
      const left = result.notApproved.length ? ` ${t('personnel.eBoksNotApproved', { names: result.notApproved.join(', ') })}` : '';
      onMessage({ text: t('personnel.eBoksTeamDone', { count: result.marked }) + left, bad: false });
    }
    await onDone();
  };
  return (
    <div class="actions">
      <button type="button" onClick={downloadAll}>
        {t('personnel.downloadAll', { count: items.length })}
      </button>
      {teamsOf(items).map((team) => (
        <button key={team.cycleId} type="button" class="secondary" onClick={() => eBoksTeam(team.cycleId)}>
          {t('personnel.eBoksTeam', { count: team.due, team: team.team })}
        </button>
      ))}
    </div>
  );
}

/**
 * Beside the personnel-file system: the archive files (each the IKU with its consent receipt),
 * one at a time or all in one zip, one mark per upload, and e-Boks per employee or for a team.
 * e-Boks is sent in the municipality's own system: we only track that it was.
 */
export function PersonnelApp() {
  const { t, say, error } = useT();
  const [items, setItems] = useState<PendingUpload[] | null>(null);
  const [links, setLinks] = useState<Record<string, Link[]>>({});
  // A second "prepare" replaces an employee's links: the old URLs go, and all of them with the panel.
  useRevokeWhenGone(Object.values(links).flatMap((list) => list.map((l) => l.url)));
  const [message, setMessage] = useState<Say | null>(null);
  const refresh = () => request({ type: 'tus.personnel.pending' }).then((list) => setItems(list ?? []));
  useEffect(() => {
    void refresh();
  }, []);
  const fail = (text: string) => setMessage({ text, bad: true });

  const downloadOne = async (item: PendingUpload) => {
    const files = await request({ type: 'tus.personnel.files', cycleId: item.cycleId, employeeId: item.employeeId });
    if (!files) return fail(t('overlay.noAnswer'));
    try {
      const made = await downloadArchiveFiles(files);
      setLinks({ ...links, [item.employeeId]: made.map((f) => ({ name: f.name, url: objectUrl(f.bytes, 'application/pdf') })) });
      // A file that is not the approved IKU with its receipt in one is said, never quietly swapped.
      setMessage(files.kind === 'separate' ? { text: t('personnel.contentChanged', { name: files.receipt.employee }), bad: true } : null);
    } catch (e) {
      fail(error(e));
    }
  };

  const write = async (answer: Promise<{ ok: true } | { ok: false; error: Parameters<typeof say>[0] } | null>) => {
    const result = await answer;
    // A refused mark (e.g. a changed log) says why; before, the button just stayed.
    setMessage(!result ? { text: t('overlay.noAnswer'), bad: true } : result.ok ? null : { text: say(result.error), bad: true });
    await refresh();
  };

  if (!items) return <p aria-busy="true">{t('popup.loading')}</p>;
  return (
    <main>
      <h1>{t('personnel.title')}</h1>
      <p>
        <small>{t('personnel.help')}</small>
      </p>
      {message && (
        <p class={message.bad ? 'bad' : 'ok'} role={message.bad ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {items.length === 0 && <p>{t('personnel.none')}</p>}
      {items.length > 0 && <RoundActions items={items} onMessage={setMessage} onDone={refresh} />}
      <ul>
        {items.map((item) => (
          <PendingRow
            key={`${item.cycleId}:${item.employeeId}`}
            item={item}
            links={links[item.employeeId]}
            onDownload={() => downloadOne(item)}
            onFiled={() => write(request({ type: 'tus.personnel.filed', cycleId: item.cycleId, employeeId: item.employeeId }))}
            onEBoks={() =>
              write(request({ type: 'tus.personnel.mark', cycleId: item.cycleId, employeeId: item.employeeId, mark: 'sentToEBoks' }))
            }
          />
        ))}
      </ul>
    </main>
  );
}

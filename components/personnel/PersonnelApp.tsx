import { useEffect, useState } from 'preact/hooks';
import { request } from '../../lib/browser/panel-client';
import { consentReceiptPdf, receiptFileName } from '../../lib/consent/receipt-pdf';
import { base64ToBytes } from '../../lib/messaging/base64';
import type { PendingUpload } from '../../lib/messaging/replies';
import { ARCHIVE_MARKS, type ArchiveMark } from '../../machines/archive-marks';
import { useT } from '../hooks/use-t';

interface Files {
  iku: { name: string; url: string };
  receipt: { name: string; url: string };
}

/** One employee's pending upload: the files to drag in (once prepared) and the archive marks. */
function PendingRow({
  item,
  files,
  onPrepare,
  onMark,
}: {
  item: PendingUpload;
  files: Files | undefined;
  onPrepare: () => void;
  onMark: (mark: ArchiveMark) => void;
}) {
  const { t } = useT();
  return (
    <li class="cycle" data-employee-id={item.employeeId}>
      <strong>{item.employeeName}</strong> · {item.teamName} · IKU v{item.version}
      {files ? (
        <ul class="downloads">
          <li>
            <a href={files.iku.url} download={files.iku.name}>
              {files.iku.name}
            </a>
          </li>
          <li>
            <a href={files.receipt.url} download={files.receipt.name}>
              {files.receipt.name}
            </a>
          </li>
        </ul>
      ) : (
        <div>
          <button type="button" class="secondary" onClick={onPrepare}>
            {t('personnel.prepare')}
          </button>
        </div>
      )}
      <ul class="marks">
        {ARCHIVE_MARKS.map((m) => (
          <li key={m}>
            {item.marks[m] !== undefined ? (
              <span class="ok">✓ {t(`emp.${m}`)}</span>
            ) : (
              <button type="button" onClick={() => onMark(m)}>
                {t(`emp.${m}`)}
              </button>
            )}
          </li>
        ))}
      </ul>
    </li>
  );
}

/**
 * Beside the personnel-file system: per employee, what still has to be uploaded, the files ready
 * to download and drag in, and a mark once it is done. e-Boks is sent in the municipality's own
 * system: we only track that it was.
 */
export function PersonnelApp() {
  const { t, say } = useT();
  const [items, setItems] = useState<PendingUpload[] | null>(null);
  const [files, setFiles] = useState<Record<string, Files>>({});
  const [message, setMessage] = useState<string | null>(null);
  const refresh = () => request({ type: 'tus.personnel.pending' }).then((list) => setItems(list ?? []));
  useEffect(() => {
    void refresh();
  }, []);

  const prepare = async (item: PendingUpload) => {
    const data = await request({ type: 'tus.personnel.files', cycleId: item.cycleId, employeeId: item.employeeId });
    if (!data) return;
    const receipt = await consentReceiptPdf(data.receipt);
    setFiles({
      ...files,
      [item.employeeId]: {
        iku: { name: data.iku.name, url: URL.createObjectURL(new Blob([base64ToBytes(data.iku.base64)], { type: 'application/pdf' })) },
        receipt: { name: receiptFileName(data.receipt), url: URL.createObjectURL(new Blob([receipt.bytes], { type: 'application/pdf' })) },
      },
    });
  };

  const markDone = async (item: PendingUpload, mark: ArchiveMark) => {
    const answer = await request({ type: 'tus.personnel.mark', cycleId: item.cycleId, employeeId: item.employeeId, mark });
    // A refused mark (e.g. a changed log) says why; before, the button just stayed.
    setMessage(!answer ? t('overlay.noAnswer') : answer.ok ? null : say(answer.error));
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
        <p class="bad" role="alert">
          {message}
        </p>
      )}
      {items.length === 0 && <p>{t('personnel.none')}</p>}
      <ul>
        {items.map((item) => (
          <PendingRow
            key={`${item.cycleId}:${item.employeeId}`}
            item={item}
            files={files[item.employeeId]}
            onPrepare={() => prepare(item)}
            onMark={(m) => markDone(item, m)}
          />
        ))}
      </ul>
    </main>
  );
}

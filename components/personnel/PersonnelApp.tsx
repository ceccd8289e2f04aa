import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PersonnelRequest } from '../../lib/messaging/protocol';
import type { PendingUpload, UploadFiles } from '../../lib/consent/archive-handlers';
import { consentReceiptPdf, receiptFileName } from '../../lib/consent/receipt-pdf';
import { base64ToBytes } from '../../lib/messaging/base64';
import { pickLocale, t } from '../../lib/i18n';
import { ARCHIVE_MARKS } from '../../machines/archive-marks';

const locale = pickLocale(navigator.languages);
const ask = <T,>(request: PersonnelRequest) => browser.runtime.sendMessage(request) as Promise<T>;

interface Files {
  iku: { name: string; url: string };
  receipt: { name: string; url: string };
}

/**
 * Beside the personnel-file system: per employee, what still has to be uploaded, the files ready
 * to download and drag in, and a mark once it is done. e-Boks is sent in the municipality's own
 * system: we only track that it was.
 */
export function PersonnelApp() {
  const [items, setItems] = useState<PendingUpload[] | null>(null);
  const [files, setFiles] = useState<Record<string, Files>>({});
  const refresh = () => ask<PendingUpload[] | null>({ type: 'tus.personnel.pending' }).then((list) => setItems(list ?? []));
  useEffect(() => {
    void refresh();
  }, []);

  const prepare = async (item: PendingUpload) => {
    const data = await ask<UploadFiles | null>({ type: 'tus.personnel.files', cycleId: item.cycleId, employeeId: item.employeeId });
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

  if (!items) return <p aria-busy="true">{t('popup.loading', {}, locale)}</p>;
  return (
    <main>
      <h1>{t('personnel.title', {}, locale)}</h1>
      <p>
        <small>{t('personnel.help', {}, locale)}</small>
      </p>
      {items.length === 0 && <p>{t('personnel.none', {}, locale)}</p>}
      <ul>
        {items.map((item) => (
          <li key={`${item.cycleId}:${item.employeeId}`} class="cycle" data-employee-id={item.employeeId}>
            <strong>{item.employeeName}</strong> · {item.teamName} · IKU v{item.version}
            {files[item.employeeId] ? (
              <ul class="downloads">
                <li>
                  <a href={files[item.employeeId]!.iku.url} download={files[item.employeeId]!.iku.name}>{files[item.employeeId]!.iku.name}</a>
                </li>
                <li>
                  <a href={files[item.employeeId]!.receipt.url} download={files[item.employeeId]!.receipt.name}>{files[item.employeeId]!.receipt.name}</a>
                </li>
              </ul>
            ) : (
              <div>
                <button type="button" class="secondary" onClick={() => prepare(item)}>
                  {t('personnel.prepare', {}, locale)}
                </button>
              </div>
            )}
            <ul class="marks">
              {ARCHIVE_MARKS.map((mark) => (
                <li key={mark}>
                  {item.marks[mark] !== undefined ? (
                    <span class="ok">✓ {t(`emp.${mark}`, {}, locale)}</span>
                  ) : (
                    <button type="button" onClick={async () => { await ask({ type: 'tus.personnel.mark', cycleId: item.cycleId, employeeId: item.employeeId, mark }); await refresh(); }}>
                      {t(`emp.${mark}`, {}, locale)}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </main>
  );
}

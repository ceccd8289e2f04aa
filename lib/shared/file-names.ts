const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
/** An extension we write ourselves: a dot and a few letters or digits (.pdf, .ics, .zip, .json). */
const EXTENSION = /\.[A-Za-z0-9]{1,10}$/;

/**
 * At most 120 characters with the extension. Windows refuses a path over 260 characters unless
 * long paths are enabled, and the name sits in a folder: the Downloads folder
 * (`C:\Users\<name>\Downloads\`, 30–60 characters), a OneDrive-synced folder or a zip extracted
 * into a folder named after the zip (up to twice that). 120 leaves room for both and still holds
 * `IKU_2026_<team>_<employee>_v2.pdf` for ordinary names; longer ones lose their tail, never the extension.
 */
export const FILE_NAME_MAX = 120;

/**
 * A file name Windows accepts: no \ / : * ? " < > | or control characters, no format characters
 * (`\p{Cf}`: bidi overrides that make `…\u202Efdp.exe` read as `….exe.pdf`, zero-width
 * characters, soft hyphens), no leading or trailing dot or space, not a reserved device name, at
 * most FILE_NAME_MAX characters with the extension kept; æøå stay.
 */
export function safeFileName(name: string): string {
  const visible = name.normalize('NFC').replace(/[\p{Cf}\p{Cs}]/gu, '');
  const ext = EXTENSION.exec(visible)?.[0] ?? '';
  const stem = visible.slice(0, visible.length - ext.length);
  const cleaned = stem
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, '_')
    .replace(/\s+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^[. ]+/, '');
  // Cut by code point, so an emoji or a letter outside the BMP is never split in half.
  let clean = Array.from(cleaned)
    .slice(0, FILE_NAME_MAX - ext.length)
    .join('')
    .replace(/[. _]+$/, '');
  if (!clean || RESERVED.test(clean)) clean = `_${clean}`;
  return clean + ext;
}

const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A file name Windows accepts: no \ / : * ? " < > | or control characters, no trailing dot or
 * space, not a reserved device name, at most 150 characters; æøå stay.
 */
export function safeFileName(name: string): string {
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  let clean = stem
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, '_')
    .replace(/\s+/g, '_')
    .replace(/_+/g, '_')
    .replace(/[. _]+$/, '')
    .slice(0, 150 - ext.length);
  if (!clean || RESERVED.test(clean)) clean = `_${clean}`;
  return clean + ext;
}

// Handing a file to the leader: an object URL for a link, or a download started at once.

/** A link's target for bytes or a Blob; revoke it with `revokeUrl` when the link goes. */
export const objectUrl = (data: Blob | Uint8Array<ArrayBuffer>, type = 'application/octet-stream'): string =>
  URL.createObjectURL(data instanceof Blob ? data : new Blob([data], { type }));

export const revokeUrl = (url: string): void => URL.revokeObjectURL(url);

/** Saves the file as if the leader had clicked a download link. */
export function download(data: Blob | Uint8Array<ArrayBuffer>, fileName: string, type?: string): void {
  const url = objectUrl(data, type);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  // The click has started the download by the next task; the URL is not needed after that.
  setTimeout(() => revokeUrl(url), 60_000);
}

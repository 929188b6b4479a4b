// Saving a file from the popup with no extra permission: an <a download> click. Chrome reads a
// Blob URL when the download starts. Firefox closes the popup when it shows its "save as" dialog
// (the "always ask where to save files" setting) and a Blob URL dies with the popup, so the
// download fails (https://github.com/Rob--W/crxviewer/issues/141); a data: URL carries the
// bytes itself and survives. The `downloads` permission would work too, but is not needed.

export interface SaveFileOptions {
  /** the page to click the link in */
  document?: Document;
  /** data: URL instead of a Blob URL: Firefox's extension pages (moz-extension:) */
  dataUrl?: boolean;
}

/** How long a Blob URL stays valid after the click: the browser has read it long before. */
const BLOB_URL_LIFETIME_MS = 60_000;

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000; // String.fromCharCode's argument list stays small
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/** Offers `bytes` as a download named `fileName`. */
export function saveFile(bytes: Uint8Array, fileName: string, mimeType: string, options: SaveFileOptions = {}): void {
  const doc = options.document ?? document;
  const useDataUrl = options.dataUrl ?? doc.location?.protocol === 'moz-extension:';
  const url = useDataUrl ? `data:${mimeType};base64,${bytesToBase64(bytes)}` : URL.createObjectURL(new Blob([bytes as BlobPart], { type: mimeType }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  if (!useDataUrl) setTimeout(() => URL.revokeObjectURL(url), BLOB_URL_LIFETIME_MS);
}

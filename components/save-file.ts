// Hands a text or a Blob to the browser as a download (export files), without any permission.
export function saveFile(content: string | Blob, fileName: string, mimeType: string): void {
  const url = URL.createObjectURL(typeof content === 'string' ? new Blob([content], { type: mimeType }) : content);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoke after the click has been handled (the download keeps its own reference).
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

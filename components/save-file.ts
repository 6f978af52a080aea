// Hands a text to the browser as a download (export files), without any permission.
export function saveFile(text: string, fileName: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoke after the click has been handled (the download keeps its own reference).
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

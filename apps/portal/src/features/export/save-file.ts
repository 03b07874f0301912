/** A file the API answered (`ExportFile`). */
export interface DownloadedFile {
  filename: string;
  contentType: string;
  body: string;
}

/** Hands a file to the browser's download (an object URL clicked through a temporary link, then revoked). */
export function saveFile(file: DownloadedFile): void {
  const url = URL.createObjectURL(new Blob([file.body], { type: file.contentType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

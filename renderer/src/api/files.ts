import type { FileResult } from '../../../electron/core/contract/index.js';

/** Turns a file made by the core into a download (or a new tab for PDFs). */
export function fileBlob(file: FileResult): Blob {
  return new Blob([fileBytes(file)], { type: file.mime });
}

/** The bytes of a file made by the core (it travels as base64). */
export function fileBytes(file: FileResult): Uint8Array<ArrayBuffer> {
  const bin = atob(file.dataBase64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

export function downloadFile(file: FileResult): void {
  const url = URL.createObjectURL(fileBlob(file));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Reads a file the user picked, for upload to the core as base64. */
export async function readAsBase64(f: File): Promise<string> {
  const bytes = new Uint8Array(await f.arrayBuffer());
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

// Decodes a content file's bytes as UTF-8, refusing other encodings and empty files with a clear reason.

export type Decoded = { ok: true; text: string } | { ok: false; message: string; fix: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, message: 'is saved as UTF-16', fix: 'save the file as UTF-8 (most editors: "Save with encoding" › UTF-8)' };
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { ok: false, message: 'is not valid UTF-8 text (perhaps Latin-1, GBK or Windows-1252)', fix: 'save the file as UTF-8' };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return { ok: false, message: 'is empty', fix: 'fill it in, or delete the file' };
  return { ok: true, text };
}

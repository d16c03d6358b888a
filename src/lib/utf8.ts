const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/**
 * The text of a file's bytes, or a problem naming the file and the line when they are not UTF-8:
 * read leniently, a Windows-1257 file would publish garbled Latvian without a word. A byte order mark is dropped.
 * @example decodeUtf8(Uint8Array.of(0x61, 0xe8), 'x.yaml') // { problem: 'x.yaml:1: this file is not saved as UTF-8 …' }
 */
export function decodeUtf8(
  bytes: Uint8Array,
  file: string,
): { text: string } | { problem: string } {
  try {
    return { text: strict.decode(bytes) };
  } catch {
    const text = lenient.decode(bytes);
    const bad = text.indexOf('\uFFFD');
    const line = text.slice(0, Math.max(bad, 0)).split('\n').length;
    return {
      problem:
        `${file}:${line}: this file is not saved as UTF-8, so its letters would come out garbled (it may be Windows-1257 or another older encoding). ` +
        'Open it in your editor and save it with the encoding UTF-8.',
    };
  }
}

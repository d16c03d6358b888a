/**
 * Characters that must not reach the site's pages, feeds and files, found in a value before its
 * schema reads it further. Each problem names the character as U+XXXX and where it is in the value,
 * because most of these characters cannot be seen in an editor.
 */

/** Names for the characters an editor is most likely to paste without seeing them. */
const NAMES: Record<number, string> = {
  0x00: 'null',
  0x07: 'bell',
  0x08: 'backspace',
  0x0b: 'vertical tab',
  0x0c: 'form feed',
  0x0d: 'carriage return',
  0x1b: 'escape',
  0x7f: 'delete',
  0x85: 'next line',
  0xa0: 'no-break space',
  0xad: 'soft hyphen',
  0x061c: 'Arabic letter mark',
  0x180e: 'Mongolian vowel separator',
  0x200b: 'zero-width space',
  0x200c: 'zero-width non-joiner',
  0x200d: 'zero-width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x2028: 'line separator',
  0x2029: 'paragraph separator',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2060: 'word joiner',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
  0xfeff: 'zero-width no-break space (byte order mark)',
  0xfffe: 'not a character',
  0xffff: 'not a character',
};

/** C0 and C1 control characters and DEL; tab and line feed are the two that text may hold. */
const isControl = (char: string) => {
  const code = char.codePointAt(0)!;
  return (code < 0x20 && code !== 0x09 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f);
};
const DIRECTION = /[\u202A-\u202E\u2066-\u2069]/u;
const INVISIBLE =
  /[\u00AD\u061C\u180E\u200B-\u200F\u2028\u2029\u2060-\u2064\uFEFF\u{E0000}-\u{E007F}]/u;
const BROKEN = /[\uFFFE\uFFFF\uD800-\uDFFF]/u;
const LETTERS = /[\p{L}\p{M}]+/gu;
const FOREIGN = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;

/** Latin letters that Cyrillic and Greek letters are mistaken for, as a hint in the message. */
const LOOKS_LIKE: Record<string, string> = {
  а: 'a',
  в: 'B',
  е: 'e',
  к: 'k',
  м: 'M',
  н: 'H',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 'T',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  І: 'I',
  Ј: 'J',
  Ѕ: 'S',
  α: 'a',
  ο: 'o',
  ρ: 'p',
  ν: 'v',
  ι: 'i',
  κ: 'k',
  τ: 't',
  υ: 'u',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
};

/** `U+200B`: the code point of a character, as Unicode charts write it. */
export const codePoint = (char: string): string =>
  `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** `U+200B (zero-width space)`: the code point with its name where the table has one. */
const described = (char: string) => {
  const name = NAMES[char.codePointAt(0)!];
  return name ? `${codePoint(char)} (${name})` : codePoint(char);
};

/** Where the character at code-point index `index` of `value` is: `column 5`, or `line 2, column 5` in text of several lines. */
function position(chars: string[], index: number): string {
  const before = chars.slice(0, index);
  const line = before.filter((c) => c === '\n').length + 1;
  const column = index - before.lastIndexOf('\n');
  return line > 1 ? `line ${line}, column ${column}` : `column ${column}`;
}

/** What is wrong with one character in text, or undefined when it may stay. */
function hiddenKind(char: string): string | undefined {
  if (isControl(char)) return `a control character, ${described(char)}`;
  if (DIRECTION.test(char))
    return `${described(char)}, a character that changes the direction text is shown in`;
  if (INVISIBLE.test(char)) return `an invisible character, ${described(char)}`;
  if (BROKEN.test(char)) return `${described(char)}, which is not a complete character`;
  return undefined;
}

/**
 * The first control, direction-changing, invisible or broken character in text, or a word that mixes
 * Latin with Cyrillic or Greek letters (a look-alike letter), as a message; undefined when the text is fine.
 * Tabs and line breaks are allowed; the no-break space is too (Latvian typography uses it).
 * @example textProblem('Open\u200Bness') // 'The text has an invisible character, U+200B (zero-width space), at column 5. …'
 */
export function textProblem(value: string): string | undefined {
  const chars = [...value];
  const index = chars.findIndex((c) => hiddenKind(c) !== undefined);
  if (index >= 0)
    return `The text has ${hiddenKind(chars[index]!)}, at ${position(chars, index)}. Delete it. Most editors do not show it, so delete the characters around that column and type them again; in YAML it may also be written as an escape such as \\0 or \\u200B in double quotes.`;
  for (const word of value.matchAll(LETTERS)) {
    const letters = [...word[0]];
    const foreign = letters.findIndex((c) => FOREIGN.test(c));
    if (foreign < 0 || !/\p{Script=Latin}/u.test(word[0])) continue;
    const start = [...value.slice(0, word.index)].length;
    return `The text has the word "${word[0]}", which mixes Latin letters with ${lookAlike(letters[foreign]!)} at ${position(chars, start + foreign)}. Type the word again in one alphabet.`;
  }
  return undefined;
}

/** `U+0430 (the Cyrillic letter "а", which looks like the Latin "a")`. */
function lookAlike(char: string): string {
  const script = /\p{Script=Cyrillic}/u.test(char) ? 'Cyrillic' : 'Greek';
  const latin = LOOKS_LIKE[char];
  return `${codePoint(char)} (the ${script} letter "${char}"${latin ? `, which looks like the Latin "${latin}"` : ''})`;
}

/**
 * The first character of an ID, key, code or date that is not plain printable ASCII, as a message; undefined
 * when there is none. IDs end up in addresses and file names, where a look-alike letter makes a different ID.
 * @example asciiProblem('stаte') // '"stаte" has U+0430 (the Cyrillic letter "а", which looks like the Latin "a"), at column 3. …'
 */
export function asciiProblem(value: string): string | undefined {
  const chars = [...value];
  const index = chars.findIndex((c) => !/^[\x20-\x7E]$/.test(c));
  if (index < 0) return undefined;
  const char = chars[index]!;
  const hidden = hiddenKind(char);
  const what = hidden
    ? hidden
    : FOREIGN.test(char)
      ? lookAlike(char)
      : /\p{L}/u.test(char)
        ? `${codePoint(char)} ("${char}", a letter outside plain a–z${plainLetter(char)})`
        : `${described(char)}${/\s/u.test(char) ? '' : ` ("${char}")`}`;
  const subject = chars.some((c) => hiddenKind(c) !== undefined) ? 'The value' : `"${value}"`;
  return `${subject} has ${what}, at ${position(chars, index)}. Write it in plain ASCII only (Latin letters without diacritics, digits, hyphens): type it again.`;
}

/** `; write "a"` for a letter with a diacritic, e.g. `ā`. */
function plainLetter(char: string): string {
  const base = char.normalize('NFD').replace(/\p{M}/gu, '');
  return /^[a-zA-Z]$/.test(base) ? `; write "${base}"` : '';
}

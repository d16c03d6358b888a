/**
 * The share image of a page (Open Graph / Twitter card): 1200 × 630, the site's colours, the
 * page's title and kind. Drawn as SVG here; the endpoint turns it into PNG at build time.
 */

const WIDTH = 1200;
const HEIGHT = 630;

/** Escapes text for SVG. */
function escape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * Breaks text into lines of at most `width` characters at spaces, and at most `max` lines,
 * ending the last one with an ellipsis when text is left over.
 * @example wrap('Latvijas otrais nacionālais rīcības plāns', 20, 3) // ['Latvijas otrais', 'nacionālais rīcības', 'plāns']
 */
export function wrap(text: string, width: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = `${kept[max - 1]!.replace(/\s+\S*$/, '')} …`;
  return kept;
}

/** The card as SVG text. */
export function shareImageSvg(options: {
  siteName: string;
  title: string;
  kind: string;
  font: string;
}): string {
  const lines = wrap(options.title, 26, 4);
  const size = lines.length > 3 ? 64 : 72;
  const top = 290;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
  <rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>
  <rect width="${WIDTH}" height="110" fill="#9e3039"/>
  <rect x="60" y="35" width="64" height="40" fill="#ffffff"/>
  <rect x="60" y="50" width="64" height="10" fill="#9e3039"/>
  <text x="148" y="70" font-family="${options.font}" font-size="36" font-weight="bold" fill="#ffffff">${escape(options.siteName)}</text>
  <text x="60" y="200" font-family="${options.font}" font-size="32" fill="#50535c">${escape(options.kind)}</text>
  ${lines.map((l, i) => `<text x="60" y="${top + i * size * 1.15}" font-family="${options.font}" font-size="${size}" font-weight="bold" fill="#1b1c20">${escape(l)}</text>`).join('\n  ')}
  <rect y="${HEIGHT - 16}" width="${WIDTH}" height="16" fill="#9e3039"/>
</svg>`;
}

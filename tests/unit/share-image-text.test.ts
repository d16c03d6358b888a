import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { shareImageSvg } from '../../src/lib/share-image';

const HOSTILE = `<script>alert(1)</script> "><img src=x onerror=alert(1)> ]]> & Co`;

type SvgText = { '#text': string | number };

describe('the SVG behind a share image', () => {
  it('stays well-formed and draws markup in a title as text', () => {
    const svg = shareImageSvg({
      siteName: HOSTILE,
      title: HOSTILE,
      kind: HOSTILE,
      font: 'DejaVu Sans',
    });
    expect(XMLValidator.validate(svg)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, alwaysCreateTextNode: true }).parse(
      svg,
    ) as {
      svg: { text: SvgText[]; script?: unknown; img?: unknown };
    };
    expect(parsed.svg.script).toBeUndefined();
    expect(parsed.svg.img).toBeUndefined();
    const [site, kind, ...title] = parsed.svg.text.map((t) => String(t['#text']));
    expect(site).toBe(HOSTILE);
    expect(kind).toBe(HOSTILE);
    // The title is wrapped over lines at spaces: joined again, it is the text as written.
    expect(title.join(' ')).toBe(HOSTILE);
  });
});

import { describe, expect, it } from 'vitest';
import { absoluteUrl, pagePath, withBase } from '../../src/lib/urls';

describe('URLs', () => {
  it('put the language first and end with a slash', () => {
    expect(pagePath('lv', '')).toBe('/lv/');
    expect(pagePath('en', 'principles/openness')).toBe('/en/principles/openness/');
  });

  it('respect a sub-path base', () => {
    expect(withBase('/lv/', '/')).toBe('/lv/');
    expect(withBase('/lv/', '/ogp/')).toBe('/ogp/lv/');
    expect(withBase('/lv/', '/ogp')).toBe('/ogp/lv/');
    expect(absoluteUrl('/en/', 'https://example.org', '/ogp/')).toBe('https://example.org/ogp/en/');
  });
});

// Prettier formats the code; editors' content (content/, docs/) keeps its authors' layout.
/** @type {import('prettier').Config} */
export default {
  plugins: ['prettier-plugin-astro'],
  printWidth: 100,
  singleQuote: true,
  trailingComma: 'all',
  // 'strict': Astro keeps the whitespace inside inline elements, so formatting must not add any.
  overrides: [
    { files: '*.astro', options: { parser: 'astro', htmlWhitespaceSensitivity: 'strict' } },
  ],
};

/**
 * The language switch keeps the reader's place on plan, commitment and institution pages,
 * whose heading IDs are the same in both languages: the `#section` in the address is carried
 * over to the twin. (Prose pages have headings in their own language; there the twin opens at the top.)
 */
for (const link of document.querySelectorAll<HTMLAnchorElement>('.language-switch a[hreflang]')) {
  link.addEventListener('click', () => {
    if (location.hash && !link.hash) link.hash = location.hash;
  });
}

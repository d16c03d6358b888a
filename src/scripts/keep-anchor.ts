/**
 * The language switch keeps the reader's place: heading IDs are the same in both languages,
 * so the part of the page in the address (`#irm`) is carried over to the twin.
 */
for (const link of document.querySelectorAll<HTMLAnchorElement>('.language-switch a[hreflang]')) {
  link.addEventListener('click', () => {
    if (location.hash && !link.hash) link.hash = location.hash;
  });
}

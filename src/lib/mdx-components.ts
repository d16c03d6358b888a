/**
 * The site's components a page's MDX may use without `import`, each with the attributes it accepts.
 * Attribute values are plain text in quotes; `src/lib/mdx-guard.ts` refuses everything else, and
 * `src/components/views/PageView.astro` hands these components to the page's `<Content />`.
 */
export const MDX_COMPONENTS = {
  /** `<Unknown />`: "not known" (nav zināms) for a fact the sources do not give. */
  Unknown: [],
} as const satisfies Record<string, readonly string[]>;

/** The name of a component pages may use. */
export type MdxComponentName = keyof typeof MDX_COMPONENTS;

/** Finding a custom element's parts in the markup it wraps, and defining the element once. */

/** Each part's selector and the type of element it must be. */
export type PartSpec = Record<
  string,
  readonly [selector: string, type: abstract new () => Element]
>;
/** The parts found, typed by their spec. */
export type Parts<S extends PartSpec> = { [K in keyof S]: InstanceType<S[K][1]> };

/**
 * Finds each part of `host` by its selector and checks its type. If any part is missing, the
 * markup and the script disagree: one console error names the element and every missing part,
 * and the result is undefined, so the element is left as the server rendered it.
 * @example findParts(this, { status: ['[data-search-status]', HTMLElement] })?.status
 */
export function findParts<S extends PartSpec>(host: HTMLElement, spec: S): Parts<S> | undefined {
  const found: Record<string, Element> = {};
  const missing: string[] = [];
  for (const [name, [selector, type]] of Object.entries(spec)) {
    const part = host.querySelector(selector);
    if (part instanceof type) found[name] = part;
    else missing.push(`${name} (${selector})`);
  }
  if (missing.length > 0) {
    console.error(
      `<${host.localName}>: the markup has no ${missing.join(', ')}; the element is left without its script.`,
    );
    return undefined;
  }
  return found as Parts<S>;
}

/** Defines a custom element unless the page already has it (the script may load twice). */
export function defineElement(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}

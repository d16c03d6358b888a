declare namespace App {
  type PageContext = import('./lib/page-context').PageContext;
  /** Set by src/middleware.ts for every page and endpoint. */
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- Astro declares Locals as an interface to be merged into; it adds nothing of its own.
  interface Locals extends PageContext {}
}

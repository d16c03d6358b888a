declare namespace App {
  type PageContext = import('./lib/page-context').PageContext;
  /** Set by src/middleware.ts for every page and endpoint. */
  interface Locals extends PageContext {}
}

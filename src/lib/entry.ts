import type { ChangeData } from '../schemas/change';
import type { CommitmentData } from '../schemas/commitment';
import type { EventData } from '../schemas/event';
import type { Institution } from '../schemas/institution';
import type { PageData } from '../schemas/page';
import type { PlanData } from '../schemas/plan';
import type { SearchTerms } from '../schemas/search-terms';
import type { Source } from '../schemas/source';

/** A loaded collection entry, as Astro gives it. */
export interface Entry<T> {
  id: string;
  filePath?: string | undefined;
  data: T;
  /** Raw MDX source of a page (frontmatter removed). */
  body?: string | undefined;
}

/** Everything in `content/`, validated record by record by the schemas. */
export interface RawContent {
  pages: Entry<PageData>[];
  plans: Entry<PlanData>[];
  commitments: Entry<CommitmentData>[];
  institutions: Entry<Institution>[];
  sources: Entry<Source>[];
  events: Entry<EventData>[];
  changes: Entry<ChangeData>[];
  searchTerms: Entry<SearchTerms>[];
}

import { z } from 'astro/zod';

/** What an editor is told about a field when its value is wrong. */
export interface FieldHint {
  /** What the value must be, as a noun phrase, e.g. `a list of institution IDs`. */
  expected: string;
  /** A value written as in YAML, e.g. `[state-chancellery]`; messages show it after the field's name. */
  example: string;
}

/**
 * Hints for the fields whose type alone does not say what to write. Schemas register them with
 * `.register(fieldHints, { … })`; messages about other fields are made from their types.
 */
export const fieldHints = z.registry<FieldHint>();

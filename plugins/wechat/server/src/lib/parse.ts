import type { z } from 'zod';
import { invalidField } from './errors';

/** Parses input with a zod schema; the first problem becomes a 400 naming its field. */
export function parse<S extends z.ZodTypeAny>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw invalidField(issue.path.length ? issue.path.join('.') : 'body', issue.message);
  }
  return parsed.data;
}

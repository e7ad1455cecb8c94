import type { z, ZodError, ZodTypeAny } from 'zod';
import './zod-chinese'; // zod's default messages in Chinese for every parse in the process
import { validationError, type FieldProblem } from './errors';

/** Every issue of a zod error as a field problem (`(body)` when the input as a whole is wrong). */
export function problemsOf(error: ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({ field: issue.path.join('.') || '(body)', message: issue.message }));
}

/** Parse request input with a zod schema; a 400 `ValidationError` names every offending field. */
export function parse<S extends ZodTypeAny>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  throw validationError(problemsOf(result.error));
}

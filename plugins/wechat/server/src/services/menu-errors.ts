import { validationError } from '@wedraw/kit';
import type { MenuProblem } from './menu-rules';

/** 400 ValidationError listing every rule the menu breaks, each with its path (e.g. button.0.name). */
export function invalidMenu(problems: MenuProblem[]): Error {
  return validationError(problems.map((p) => ({ field: p.path.join('.') || '(body)', message: p.message })));
}

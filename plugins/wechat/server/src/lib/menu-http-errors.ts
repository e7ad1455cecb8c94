import { errors } from '@strapi/utils';
import createError from 'http-errors';
import type { MenuProblem } from './menu-rules';

/** 400 ValidationError listing every rule the menu breaks, each with its path (e.g. button.0.name). */
export function invalidMenu(problems: MenuProblem[]): Error {
  const more = problems.length > 1 ? `（另有 ${problems.length - 1} 处问题）` : '';
  return new errors.ValidationError(`菜单未通过校验：${problems[0]!.message}${more}`, {
    errors: problems.map((p) => ({ path: p.path.map(String), message: p.message, name: 'ValidationError' })),
  });
}

/** 409: a business rule (ours or WeChat's) said no; stable `name`, Chinese message. */
export function menuConflict(name: string, message: string, details: Record<string, unknown> = {}): Error {
  return createError(409, message, { name, details });
}

export function notFound(message: string): Error {
  return new errors.NotFoundError(message);
}

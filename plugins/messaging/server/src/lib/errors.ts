import { errors } from '@strapi/utils';

/**
 * An error answered as it is, with a stable `name` (API.md: 401 `InvalidKey`, 403
 * `TenantSuspended`, 429 `QuotaExceeded`, 503 `Unavailable`...): Strapi's error middleware formats
 * any HttpError into `{data: null, error: {status, name, message, details}}`.
 */
export class ApiError extends Error {
  readonly expose = true;
  readonly details: Record<string, unknown>;

  constructor(
    readonly status: number,
    name: string,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = name;
    this.details = details;
  }

  get statusCode(): number {
    return this.status;
  }
}
Object.setPrototypeOf(ApiError.prototype, errors.HttpError.prototype);

export const apiError = (status: number, name: string, message: string, details?: Record<string, unknown>) => new ApiError(status, name, message, details);

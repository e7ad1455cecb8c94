export { BusinessError, businessError, fieldError, isBusinessError, notFound, validationError, type FieldProblem } from './errors';
export { parse, problemsOf } from './parse';
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, boundedInt, pageWindow, pagination, paginationMeta, parsePaging, type Pagination } from './paging';
export { createOrReread, isRetryable, isUniqueViolation } from './db-errors';
export {
  OPERATOR_MAX_LENGTH,
  formatOperator,
  operatorOf,
  operatorOrSystem,
  operatorText,
  parseOperator,
  systemOperator,
  type AuthContext,
  type Operator,
  type OperatorType,
} from './operator';
export { createGetService, serviceAccessor, type PluginHost, type ServiceMap, type ServiceOf, type Services } from './services';

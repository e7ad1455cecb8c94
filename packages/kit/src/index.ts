export {
  BusinessError,
  UnavailableError,
  businessError,
  fieldError,
  isBusinessError,
  notFound,
  unavailable,
  validationError,
  type FieldProblem,
} from './errors';
export { parse, problemsOf } from './parse';
export { chineseErrorMap } from './zod-chinese';
export { groupBy } from './group-by';
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, boundedInt, pageWindow, pagination, paginationMeta, parsePaging, type Pagination } from './paging';
export { createOrReread, isRetryable, isUnavailable, isUniqueViolation } from './db-errors';
export {
  OPERATOR_MAX_LENGTH,
  currentUserId,
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
export { isEncrypted, maskCredential, secretBox, secretKeyFrom, type SecretBox, type SecretKeyOptions } from './secrets';
export { adminActions, type AdminAction } from './rbac';
export { callbackTokenField, encodingAesKeyField } from './callback-fields';
export {
  dataOf,
  documented,
  pageOf,
  paginationMetaShape,
  type ErrorStatus,
  type RouteDoc,
  type RouteSecurity,
  type SuccessDoc,
  type SuccessStatus,
} from './route-doc';
export * from './api-shapes';
export { BodyTooLarge, readRawBody, type RawBodyContext } from './raw-body';
export { DAY_MS, dayWindow, nextDay, previousDay, shanghaiDay } from './business-day';
export { inTransaction, lockRow } from './transactions';
export {
  daysOf,
  sourceTable,
  statTally,
  type AnalyticsMetric,
  type AnalyticsSource,
  type AttentionItem,
  type ChangedDays,
  type Checkpoint,
  type StatRow,
} from './analytics';
export { countingSource, type CountDef, type CountingSourceDef } from './analytics-counting';
export { coalescer, sharedInFlight } from './coalesce';
export { checkSettings, type SettingKinds } from './settings';
export { addFastRoutes, fastRoutes, type FastAction, type FastContext, type FastRouteDef, type FastRouteHost } from './fast-routes';
export { markSecretFields, secretFieldsOf } from './secret-fields';

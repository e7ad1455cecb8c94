/** The kit's admin-panel part: hooks and components the plugins' admin pages share (TypeScript source, bundled by the admin build). */
export { useHeldActions } from './permissions';
export { TableHead } from './table-head';
export { DataTable, type Column } from './data-table';
export { FormActions } from './form-actions';
export { RowActions } from './row-actions';
export { TabbedPage, type PageTab } from './tabbed-page';
export { Pager } from './pager';
export { RunErrors, type RunError } from './run-errors';
export { ErrorAlert } from './error-alert';
export { errorMessage, useApi, type Paged } from './api';
export { messageOf, useAction } from './action';

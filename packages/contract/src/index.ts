export * from './types';
export * from './labels';
export * from './format';
export * from './sku';
export type { components as ApiComponents, paths as ApiPaths } from './openapi';

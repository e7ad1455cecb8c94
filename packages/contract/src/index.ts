export * from './types';
export * from './labels';
export * from './format';
export * from './sku';

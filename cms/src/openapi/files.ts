import type { Core } from '@strapi/strapi';
import { buildDocument } from './document';

/** The bytes of cms/public/openapi.json. */
export function documentText(strapi: Core.Strapi): string {
  return `${JSON.stringify(buildDocument(strapi), null, 2)}\n`;
}

const HEADER = `/**
 * Generated from cms/public/openapi.json by openapi-typescript (\`npm run openapi\`): do not edit.
 * The client types of the API; \`api-check.ts\` holds the contract's types against them.
 */
/* eslint-disable */
`;

/** The bytes of packages/contract/src/openapi.ts: the openapi-typescript client types of the document. */
export async function clientTypesText(document: string): Promise<string> {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const ast = await openapiTS(JSON.parse(document), { alphabetize: true });
  return `${HEADER}${astToString(ast)}`;
}

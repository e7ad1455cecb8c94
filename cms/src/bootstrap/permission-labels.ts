import type { Core } from '@strapi/strapi';
import { FIELD_LABELS } from './admin-labels';

interface Property {
  label: string;
  value: string;
  children?: Property[];
}
interface Subject {
  uid: string;
  label: string;
  properties?: Property[];
}
type Sections = Record<string, { subjects?: Subject[] } | unknown>;

const labelOf = (spec: string | { label: string }) => (typeof spec === 'string' ? spec : spec.label);

/**
 * Strapi's role editor (Settings → Roles) names each content type by its technical singular name
 * ("good", "sku") and each field by its attribute name; it reads those labels from the permission
 * layout the server builds. Relabel that layout: the type's display name (商品) and the Chinese
 * field labels the content manager shows (admin-labels.ts). Only labels, never uids or values, so
 * what the editor saves is unchanged.
 */
export function relabelPermissionLayout(strapi: Core.Strapi): void {
  const builder = (strapi.service('admin::permission') as any).sectionsBuilder as { build: (actions: unknown) => Promise<Sections> };
  const build = builder.build.bind(builder);
  builder.build = async (actions: unknown) => {
    const sections = await build(actions);
    for (const section of Object.values(sections)) {
      for (const subject of (section as { subjects?: Subject[] }).subjects ?? []) relabelSubject(strapi, subject);
    }
    return sections;
  };
}

function relabelSubject(strapi: Core.Strapi, subject: Subject): void {
  const displayName = (strapi.contentTypes as unknown as Record<string, { info?: { displayName?: string } }>)[subject.uid]?.info?.displayName;
  if (displayName) subject.label = displayName;
  const fields = FIELD_LABELS[subject.uid] ?? {};
  for (const property of subject.properties ?? []) {
    if (property.value === 'fields') property.label = '字段';
    for (const child of property.children ?? []) {
      const spec = fields[child.value];
      if (spec) child.label = labelOf(spec);
    }
  }
}

import type { ReactNode } from 'react';
import { Box, Tabs } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';

/** One tab of a plugin page; `false`/`null` entries (a tab the role may not use) are left out. */
export interface PageTab {
  value: string;
  label: string;
  node: ReactNode;
}

/**
 * A plugin's admin page: its title and subtitle, then one tab per entry the operator's role may use.
 * An optional footer sits under the tabs. Loading while the permissions are read; Strapi's "no permissions" page when no tab is left.
 */
export function TabbedPage({
  title,
  subtitle,
  isLoading,
  tabs,
  footer,
}: {
  title: string;
  subtitle: string;
  isLoading?: boolean;
  tabs: Array<PageTab | false | null | undefined>;
  /** Shown under the tabs, whichever is open. */
  footer?: ReactNode;
}) {
  if (isLoading) return <Page.Loading />;
  const shown = tabs.filter((t): t is PageTab => Boolean(t));
  if (!shown.length) return <Page.NoPermissions />;
  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header title={title} subtitle={subtitle} />
      <Layouts.Content>
        <Tabs.Root defaultValue={shown[0]!.value}>
          <Tabs.List aria-label={title}>
            {shown.map((t) => (
              <Tabs.Trigger key={t.value} value={t.value}>
                {t.label}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
          <Box paddingTop={4}>
            {shown.map((t) => (
              <Tabs.Content key={t.value} value={t.value}>
                {t.node}
              </Tabs.Content>
            ))}
          </Box>
        </Tabs.Root>
        {footer && <Box paddingTop={4}>{footer}</Box>}
      </Layouts.Content>
    </Page.Main>
  );
}

import { Badge } from '@strapi/design-system';
import type { Column } from '@wedraw/kit/admin';
import { at, LEVELS, STATES } from './format';

/** An alert as the overview and the history list it. */
export interface AlertRow {
  id: number;
  ruleName: string;
  level: string;
  state: string;
  value: string | number | null;
  startedAt: string;
}

/** 规则 · 级别 · 状态 · 值 · 开始: the columns every alert list starts with. */
export const alertColumns = <Row extends AlertRow>(): Column<Row>[] => [
  { title: '规则', cell: (a) => a.ruleName },
  { title: '级别', cell: (a) => <Badge active={a.level === 'critical'}>{LEVELS[a.level]}</Badge> },
  { title: '状态', cell: (a) => STATES[a.state] },
  { title: '值', cell: (a) => (a.value === null ? null : Number(a.value)) },
  { title: '开始', cell: (a) => at(a.startedAt) },
];

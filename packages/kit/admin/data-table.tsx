import type { ReactNode } from 'react';
import { Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';

/** One column of a DataTable: its title and what a row shows in it. */
export interface Column<Row> {
  /** The column's title, or an element (a select-all checkbox). */
  title: ReactNode;
  /** Text (shown as Typography; empty shows "—") or any element (a Badge, buttons). */
  cell: (row: Row) => ReactNode;
  /** Red text, for an error column. */
  danger?: boolean;
}

/**
 * An admin table: a header row of column titles and one row per item. Plain values are shown in
 * the design system's text style; elements as they are. `empty` is said in one row when there is
 * nothing to show.
 */
export function DataTable<Row>({
  columns,
  rows,
  rowKey,
  empty,
  onRowClick,
}: {
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row, index: number) => string | number;
  empty?: string;
  /** Opens a row (its detail): the whole row is clickable. */
  onRowClick?: (row: Row) => void;
}) {
  return (
    <Table colCount={columns.length} rowCount={rows.length + 1}>
      <Thead>
        <Tr>
          {columns.map((c, j) => (
            <Th key={j}>{typeof c.title === 'string' ? <Typography variant="sigma">{c.title}</Typography> : c.title}</Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {rows.map((row, i) => (
          <Tr key={rowKey(row, i)} {...(onRowClick ? { onClick: () => onRowClick(row), style: { cursor: 'pointer' } } : {})}>
            {columns.map((c, j) => (
              <Td key={j}>{cellOf(c.cell(row), c.danger)}</Td>
            ))}
          </Tr>
        ))}
        {rows.length === 0 && empty && (
          <Tr>
            <Td colSpan={columns.length}>
              <Typography textColor="neutral600">{empty}</Typography>
            </Td>
          </Tr>
        )}
      </Tbody>
    </Table>
  );
}

function cellOf(value: ReactNode, danger?: boolean): ReactNode {
  if (value === null || value === undefined || value === '') return <Typography textColor="neutral500">—</Typography>;
  if (typeof value === 'string' || typeof value === 'number') return <Typography textColor={danger ? 'danger600' : undefined}>{value}</Typography>;
  return value;
}

import { Th, Thead, Tr, Typography } from '@strapi/design-system';

/** The header row of an admin table: one column title per entry, in the design system's caption style. */
export function TableHead({ columns }: { columns: string[] }) {
  return (
    <Thead>
      <Tr>
        {columns.map((column) => (
          <Th key={column}>
            <Typography variant="sigma">{column}</Typography>
          </Th>
        ))}
      </Tr>
    </Thead>
  );
}

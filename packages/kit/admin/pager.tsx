import { Button, Flex, Typography } from '@strapi/design-system';

/**
 * 上一页 / 下一页 under an admin table, with where the operator is. Give `total` (rows in all, with
 * `pageSize`) when the list reports it, or only `hasNext` when it does not.
 */
export function Pager({
  page,
  onPage,
  total,
  pageSize = 20,
  hasNext,
  unit = '条',
}: {
  page: number;
  onPage: (page: number) => void;
  total?: number;
  pageSize?: number;
  hasNext?: boolean;
  /** What the rows are, for "共 N 位用户". */
  unit?: string;
}) {
  const pageCount = total === undefined ? undefined : Math.max(1, Math.ceil(total / pageSize));
  const next = pageCount === undefined ? Boolean(hasNext) : page < pageCount;
  return (
    <Flex gap={2} paddingTop={2} alignItems="center">
      <Button variant="tertiary" size="S" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        上一页
      </Button>
      <Typography>{pageCount === undefined ? `第 ${page} 页` : `第 ${page} / ${pageCount} 页，共 ${total} ${unit}`}</Typography>
      <Button variant="tertiary" size="S" disabled={!next} onClick={() => onPage(page + 1)}>
        下一页
      </Button>
    </Flex>
  );
}

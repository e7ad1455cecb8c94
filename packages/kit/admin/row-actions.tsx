import { Button, Flex } from '@strapi/design-system';

/** 编辑 and 删除 at the end of a table row (either may be left out). */
export function RowActions({ busy, onEdit, onDelete }: { busy: boolean; onEdit?: () => unknown; onDelete?: () => unknown }) {
  return (
    <Flex gap={1}>
      {onEdit && (
        <Button size="S" variant="tertiary" onClick={() => void onEdit()}>
          编辑
        </Button>
      )}
      {onDelete && (
        <Button size="S" variant="danger-light" disabled={busy} onClick={() => void onDelete()}>
          删除
        </Button>
      )}
    </Flex>
  );
}

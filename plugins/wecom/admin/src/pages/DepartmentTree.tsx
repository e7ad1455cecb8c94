import { useState } from 'react';
import { Box, Button, Flex, TextInput, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useAction } from '@wedraw/kit/admin';

export interface Department {
  id: number;
  name: string;
  parentId: number;
  order: number;
}

interface Props {
  departments: Department[];
  selected: number;
  editable: boolean;
  base: string;
  reload: () => Promise<unknown>;
  onSelect: (id: number) => void;
}

/** The department tree: click to filter members, drag a department onto another to move it (层级调整), add, rename, delete. */
export const DepartmentTree = ({ departments, selected, editable, base, reload, onSelect }: Props) => {
  const { post, put, del } = useFetchClient();
  const { act, busy } = useAction(reload);
  const [dragged, setDragged] = useState<number | null>(null);
  const [name, setName] = useState('');
  const children = (parentId: number) => departments.filter((d) => d.parentId === parentId && d.id !== parentId);
  const roots = departments.filter((d) => !departments.some((p) => p.id === d.parentId && p.id !== d.id));
  const current = departments.find((d) => d.id === selected);

  const move = (id: number, parentId: number) => id !== parentId && act(() => put(`${base}/departments/${id}`, { parentId }), '部门已移动');

  const node = (d: Department, depth: number): JSX.Element => (
    <Box key={d.id}>
      <Box
        paddingLeft={depth * 4}
        paddingTop={1}
        paddingBottom={1}
        background={d.id === selected ? 'primary100' : undefined}
        draggable={editable && depth > 0}
        onDragStart={() => setDragged(d.id)}
        onDragOver={(e: React.DragEvent) => e.preventDefault()}
        onDrop={() => dragged !== null && move(dragged, d.id)}
        onClick={() => onSelect(d.id === selected ? 0 : d.id)}
        style={{ cursor: 'pointer' }}
      >
        <Typography>{d.name}</Typography>
      </Box>
      {children(d.id).map((c) => node(c, depth + 1))}
    </Box>
  );

  return (
    <Box>
      <Typography variant="sigma">部门（拖动部门到另一部门上即可调整层级）</Typography>
      {roots.map((r) => node(r, 0))}
      {editable && (
        <Box paddingTop={3}>
          <TextInput
            aria-label="部门名称"
            placeholder={current ? `在「${current.name}」下新建或重命名` : '在根部门下新建'}
            value={name}
            onChange={(e: any) => setName(e.target.value)}
          />
          <Flex gap={1} paddingTop={1}>
            <Button size="S" disabled={busy || !name} onClick={() => act(() => post(`${base}/departments`, { name, parentId: selected || 1 }), '部门已创建')}>
              新建子部门
            </Button>
            {current && (
              <Button
                size="S"
                variant="secondary"
                disabled={busy || !name}
                onClick={() => act(() => put(`${base}/departments/${current.id}`, { name }), '已重命名')}
              >
                重命名
              </Button>
            )}
            {current && (
              <Button size="S" variant="danger-light" disabled={busy} onClick={() => act(() => del(`${base}/departments/${current.id}`), '部门已删除')}>
                删除
              </Button>
            )}
          </Flex>
        </Box>
      )}
    </Box>
  );
};

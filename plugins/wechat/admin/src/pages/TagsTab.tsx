import { useEffect, useState } from 'react';
import { Box, Button, Flex, TextInput } from '@strapi/design-system';
import { DataTable, useAction } from '@wedraw/kit/admin';
import { useFetchClient } from '@strapi/strapi/admin';
import { type FanTag } from './fans-shared';

/** Tags: created, renamed and deleted on WeChat first, then here; counts as WeChat reports them. */
export const TagsTab = () => {
  const { get, post, put, del } = useFetchClient();
  const [tags, setTags] = useState<FanTag[]>([]);
  const [name, setName] = useState('');
  const [renaming, setRenaming] = useState<{ tagId: number; name: string } | null>(null);

  const load = async () => setTags((await get<{ data: FanTag[] }>('/wechat/tags')).data.data);
  useEffect(() => {
    load().catch(() => undefined);
  }, []);
  const { act } = useAction(load);

  return (
    <Box paddingTop={4}>
      <Flex gap={2} paddingBottom={4}>
        <TextInput aria-label="新标签名" placeholder="新标签名（不超过 30 字节）" value={name} onChange={(e: any) => setName(e.target.value)} />
        <Button onClick={() => act(() => post('/wechat/tags', { name }), '标签已创建').then(() => setName(''))}>新建标签</Button>
        <Button variant="secondary" onClick={() => act(() => post('/wechat/tags/pull', {}), '已从微信拉取标签')}>
          从微信拉取
        </Button>
      </Flex>
      <DataTable
        columns={[
          { title: 'ID', cell: (t) => t.tagId },
          {
            title: '名称',
            cell: (t) =>
              renaming?.tagId === t.tagId ? (
                <TextInput aria-label="标签名" value={renaming.name} onChange={(e: any) => setRenaming({ tagId: t.tagId, name: e.target.value })} />
              ) : (
                t.name
              ),
          },
          { title: '粉丝数', cell: (t) => t.count },
          {
            title: '操作',
            cell: (t) => (
              <Flex gap={2}>
                {renaming?.tagId === t.tagId ? (
                  <Button size="S" onClick={() => act(() => put(`/wechat/tags/${t.tagId}`, { name: renaming.name }), '已改名').then(() => setRenaming(null))}>
                    保存
                  </Button>
                ) : (
                  <Button size="S" variant="tertiary" onClick={() => setRenaming({ tagId: t.tagId, name: t.name })}>
                    改名
                  </Button>
                )}
                <Button
                  size="S"
                  variant="danger-light"
                  onClick={() => window.confirm(`删除标签「${t.name}」？粉丝身上的该标签也会去掉。`) && act(() => del(`/wechat/tags/${t.tagId}`), '标签已删除')}
                >
                  删除
                </Button>
              </Flex>
            ),
          },
        ]}
        rows={tags}
        rowKey={(t) => t.tagId}
        empty="还没有标签"
      />
    </Box>
  );
};

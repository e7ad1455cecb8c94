import { Box, Button, Field, Flex, Tag, TextInput, Typography } from '@strapi/design-system';
import { Cross } from '@strapi/icons';
import { useFetchClient, useField } from '@strapi/strapi/admin';
import { useEffect, useState, type KeyboardEvent } from 'react';

export const MAX_TAG_LENGTH = 20;

/** Tags as stored: a JSON array of distinct, trimmed, non-empty strings (never `null`). */
export function normalizeTags(value: unknown): string[] {
  const list = Array.isArray(value) ? value : typeof value === 'string' && value ? [value] : [];
  const out: string[] = [];
  for (const item of list) {
    const tag = String(item ?? '').trim();
    if (tag && !out.includes(tag)) out.push(tag);
  }
  return out;
}

/** The tags an operator already uses: those of other goods and of the 按标签 zones. */
function useKnownTags(): string[] {
  const { get } = useFetchClient();
  const [known, setKnown] = useState<string[]>([]);
  useEffect(() => {
    let alive = true;
    const read = (uid: string) =>
      get(`/content-manager/collection-types/${uid}`, { params: { page: 1, pageSize: 100 } })
        .then((res: any) => (res.data?.results ?? []) as Array<Record<string, unknown>>)
        .catch(() => []);
    Promise.all([read('api::good.good'), read('api::zone.zone')]).then(([goods, zones]) => {
      if (!alive) return;
      const tags = [...goods.flatMap((g) => normalizeTags(g.tags)), ...zones.map((z) => String(z.tag ?? '').trim()).filter(Boolean)];
      setKnown([...new Set(tags)]);
    });
    return () => {
      alive = false;
    };
  }, [get]);
  return known;
}

interface Props {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  disabled?: boolean;
}

/** 商品 · 标签: chips to remove, a box to type a new tag (Enter adds it) and the tags already in use. */
const TagsInput = ({ name, label, hint, required, disabled }: Props) => {
  const field = useField(name);
  const tags = normalizeTags(field.value);
  const known = useKnownTags().filter((t) => !tags.includes(t));
  const [draft, setDraft] = useState('');
  const set = (next: string[]) => field.onChange(name, next);
  const add = (raw: string) => {
    const tag = raw.trim().slice(0, MAX_TAG_LENGTH);
    if (tag && !tags.includes(tag)) set([...tags, tag]);
    setDraft('');
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' || e.key === ',' || e.key === '，') {
      e.preventDefault();
      add(draft);
    }
  };
  return (
    <Field.Root name={name} hint={hint} error={field.error} required={required}>
      <Field.Label>{label}</Field.Label>
      <Flex gap={2} wrap="wrap" paddingBottom={2} data-testid="tags-selected">
        {tags.length === 0 && (
          <Typography variant="pi" textColor="neutral500">
            暂无标签
          </Typography>
        )}
        {tags.map((tag) => (
          <Tag key={tag} icon={<Cross aria-hidden />} disabled={disabled} onClick={() => set(tags.filter((t) => t !== tag))} label={`移除标签 ${tag}`}>
            {tag}
          </Tag>
        ))}
      </Flex>
      <Flex gap={2}>
        <Box flex="1">
          <TextInput
            aria-label="新标签"
            placeholder="输入新标签后按回车"
            value={draft}
            maxLength={MAX_TAG_LENGTH}
            disabled={disabled}
            onChange={(e: any) => setDraft(e.target.value)}
            onKeyDown={onKeyDown}
          />
        </Box>
        <Button variant="secondary" disabled={disabled || !draft.trim()} onClick={() => add(draft)}>
          添加
        </Button>
      </Flex>
      {known.length > 0 && (
        <Flex gap={2} wrap="wrap" paddingTop={2}>
          <Typography variant="pi" textColor="neutral600">
            常用标签：
          </Typography>
          {known.map((tag) => (
            <Button key={tag} size="S" variant="tertiary" disabled={disabled} onClick={() => add(tag)}>
              {tag}
            </Button>
          ))}
        </Flex>
      )}
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
};

export default TagsInput;

import { Button, Field, Flex, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';
import {
  BUTTON_TYPES,
  BUTTON_TYPE_LABELS,
  byteLength,
  FIELD_LABELS,
  FIELDS_BY_TYPE,
  MENU_LIMITS,
  problemAt,
  type ButtonField,
  type ButtonType,
  type MenuButton,
  type MenuProblem,
} from '../../../../server/src/services/menu-rules';

const HINTS: Partial<Record<ButtonField, string>> = {
  key: '点击后微信推送给服务器的 KEY，最多 128 字节；可在下方绑定自动回复',
  url: 'http:// 或 https:// 开头，最多 1024 字节；跳转小程序时为不支持小程序的旧版微信打开的备用网页',
  appid: '小程序的 AppID，须已关联到本公众号',
  pagepath: '例如 pages/index/index',
  media_id: '永久素材的 media_id',
  article_id: '已发布图文的 article_id',
};

interface Props {
  button: MenuButton;
  /** Path of the button in the body: ['button', i] or ['button', i, 'sub_button', j]. */
  path: (string | number)[];
  problems: MenuProblem[];
  isParent: boolean;
  onChange: (patch: Partial<MenuButton>) => void;
  onRemove: () => void;
  /** Moves the button one place earlier (-1) or later (+1) among its siblings. */
  onMove: (delta: -1 | 1) => void;
}

/** The selected button: its name (bytes counted like WeChat), its type and the fields that type needs. */
export const MenuButtonForm = ({ button, path, problems, isParent, onChange, onRemove, onMove }: Props) => {
  const max = path.length > 2 ? MENU_LIMITS.subNameBytes : MENU_LIMITS.nameBytes;
  const error = (field: string) => problemAt(problems, [...path, field]);
  const input = (field: ButtonField) => (
    <Field.Root key={field} name={field} hint={HINTS[field]} error={error(field)}>
      <Field.Label>{FIELD_LABELS[field]}</Field.Label>
      <TextInput value={button[field] ?? ''} onChange={(e: any) => onChange({ [field]: e.target.value })} />
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Field.Root name="name" hint={`${byteLength(button.name.trim())} / ${max} 字节（一个汉字 3 字节）`} error={error('name')}>
        <Field.Label>{path.length > 2 ? '子菜单名称' : '菜单名称'}</Field.Label>
        <TextInput value={button.name} onChange={(e: any) => onChange({ name: e.target.value })} />
        <Field.Hint />
        <Field.Error />
      </Field.Root>
      {isParent ? (
        <Typography variant="pi" textColor="neutral600">
          已有子菜单：点击手机预览中的子菜单进行编辑。一级菜单有子菜单时，点击只展开子菜单。
        </Typography>
      ) : (
        <>
          <Field.Root name="type" error={error('type')}>
            <Field.Label>菜单类型</Field.Label>
            <SingleSelect placeholder="请选择" value={button.type ?? ''} onChange={(v: any) => onChange({ type: v as ButtonType })}>
              {BUTTON_TYPES.map((t) => (
                <SingleSelectOption key={t} value={t}>
                  {BUTTON_TYPE_LABELS[t]}
                </SingleSelectOption>
              ))}
            </SingleSelect>
            <Field.Error />
          </Field.Root>
          {button.type && FIELDS_BY_TYPE[button.type].map(input)}
        </>
      )}
      <Flex gap={2}>
        <Button variant="tertiary" onClick={() => onMove(-1)}>
          {path.length > 2 ? '上移' : '左移'}
        </Button>
        <Button variant="tertiary" onClick={() => onMove(1)}>
          {path.length > 2 ? '下移' : '右移'}
        </Button>
        <Button variant="danger-light" onClick={onRemove}>
          删除此菜单
        </Button>
      </Flex>
    </Flex>
  );
};

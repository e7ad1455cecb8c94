import { Box, Flex, Typography } from '@strapi/design-system';
import { MENU_LIMITS, type MenuButton } from '../../../../server/src/services/menu-rules';

export interface Selection {
  i: number;
  j?: number;
}

interface Props {
  buttons: MenuButton[];
  selected: Selection | null;
  /** Paths ("0" or "0.2") that have problems, drawn in red. */
  broken: Set<string>;
  onSelect: (s: Selection) => void;
  onAddTop: () => void;
  onAddSub: (i: number) => void;
}

const cell = {
  flex: 1,
  textAlign: 'center' as const,
  padding: '10px 2px',
  cursor: 'pointer',
  fontSize: 13,
  borderRight: '1px solid #e5e5e5',
  overflow: 'hidden',
  whiteSpace: 'nowrap' as const,
  textOverflow: 'ellipsis',
};
const subItem = {
  padding: '8px 6px',
  textAlign: 'center' as const,
  cursor: 'pointer',
  fontSize: 12,
  borderBottom: '1px solid #eee',
  overflow: 'hidden',
  whiteSpace: 'nowrap' as const,
  textOverflow: 'ellipsis',
};
const colour = (on: boolean, bad: boolean) => ({ color: bad ? '#d02b20' : on ? '#07c160' : '#1f2329', fontWeight: on ? 600 : 400 });

/** A phone with the menu as WeChat shows it: up to 3 buttons at the bottom, a selected button's sub-buttons above it. */
export const MenuPhonePreview = ({ buttons, selected, broken, onSelect, onAddTop, onAddSub }: Props) => {
  const open = selected ? buttons[selected.i] : undefined;
  // the keyboard toggle takes 36px; the buttons (and the "+" slot) share the rest
  const slots = buttons.length + (buttons.length < MENU_LIMITS.buttons ? 1 : 0);
  const slot = (i: number) => `calc(36px + (100% - 36px) * ${i} / ${slots})`;
  return (
    <Box style={{ width: 300, height: 540, border: '10px solid #1f2329', borderRadius: 32, background: '#ededed', position: 'relative', flexShrink: 0 }}>
      <Box padding={3} style={{ background: '#f7f7f7', borderBottom: '1px solid #ddd', borderRadius: '20px 20px 0 0', textAlign: 'center' }}>
        <Typography fontWeight="bold">公众号</Typography>
      </Box>
      {open && selected && (
        <Box style={{ position: 'absolute', bottom: 50, left: slot(selected.i), width: `calc((100% - 36px) / ${slots})`, padding: '0 4px' }}>
          <Box style={{ background: '#fff', borderRadius: 6, boxShadow: '0 2px 8px rgba(0,0,0,.15)' }}>
            {(open.sub_button ?? []).map((s, j) => (
              <div key={j} style={{ ...subItem, ...colour(selected.j === j, broken.has(`${selected.i}.${j}`)) }} onClick={() => onSelect({ i: selected.i, j })}>
                {s.name || '（未命名）'}
              </div>
            ))}
            {(open.sub_button ?? []).length < MENU_LIMITS.subButtons && (
              <div style={{ ...subItem, color: '#8c8c8c' }} onClick={() => onAddSub(selected.i)} title="添加子菜单">
                ＋ 子菜单
              </div>
            )}
          </Box>
        </Box>
      )}
      <Flex style={{ position: 'absolute', bottom: 0, left: 0, right: 0, background: '#f7f7f7', borderTop: '1px solid #ddd', borderRadius: '0 0 20px 20px' }}>
        <div style={{ ...cell, flex: '0 0 36px', color: '#8c8c8c' }}>⌨</div>
        {buttons.map((b, i) => (
          <div key={i} style={{ ...cell, ...colour(selected?.i === i && selected.j === undefined, broken.has(String(i))) }} onClick={() => onSelect({ i })}>
            {(b.sub_button ?? []).length > 0 ? '≡ ' : ''}
            {b.name || '（未命名）'}
          </div>
        ))}
        {buttons.length < MENU_LIMITS.buttons && (
          <div style={{ ...cell, color: '#8c8c8c', borderRight: 0 }} onClick={onAddTop} title="添加菜单">
            ＋
          </div>
        )}
      </Flex>
    </Box>
  );
};

import { useEffect, useMemo, useState } from 'react';
import { Alert, Badge, Box, Button, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { messageOf, useAction, useHeldActions } from '@wedraw/kit/admin';
import { clickKeys, menuProblems, type MenuButton, type MenuProblem } from '../../../server/src/services/menu-rules';
import { MenuButtonForm } from './menu/MenuButtonForm';
import { MenuClickReply, type ReplyOption } from './menu/MenuClickReply';
import { MenuPhonePreview, type Selection } from './menu/MenuPhonePreview';

interface MenuView {
  appId: string;
  draft: { button: MenuButton[] };
  live: { button: MenuButton[] } | null;
  unpublishedChanges: boolean;
  draftUpdatedAt: string | null;
  lastPublishedAt: string | null;
  lastPublishedBy: string | null;
  lastPulledAt: string | null;
  lastError: { action: string; errcode: number | null; message: string; at: string } | null;
  bindings: { key: string; reply: ReplyOption | null; action: string | null }[];
}
interface App {
  appId: string;
  name: string;
  kind: string;
}

const time = (iso: string | null) => (iso ? new Date(iso).toLocaleString('zh-CN', { hour12: false }) : '—');
const pathOf = (s: Selection) => (s.j === undefined ? ['button', s.i] : ['button', s.i, 'sub_button', s.j]);
/** Paths of the buttons that have a problem ("0", "0.2"), for the preview. */
const brokenButtons = (problems: MenuProblem[]) =>
  new Set(problems.map((p) => (p.path[2] === 'sub_button' && typeof p.path[3] === 'number' ? `${p.path[1]}.${p.path[3]}` : String(p.path[1]))));

function patchAt(buttons: MenuButton[], s: Selection, patch: Partial<MenuButton> | null): MenuButton[] {
  const next = structuredClone(buttons);
  const top = next[s.i]!;
  if (s.j === undefined) {
    if (patch) Object.assign(top, patch);
    else next.splice(s.i, 1);
  } else if (patch) Object.assign(top.sub_button![s.j]!, patch);
  else top.sub_button!.splice(s.j, 1);
  return next;
}

/** Swaps the selected button with its neighbour; returns the new buttons and selection (unchanged at an end). */
function moveAt(buttons: MenuButton[], s: Selection, delta: -1 | 1): [MenuButton[], Selection] {
  const next = structuredClone(buttons);
  const list = s.j === undefined ? next : next[s.i]!.sub_button!;
  const from = s.j ?? s.i;
  const to = from + delta;
  if (to < 0 || to >= list.length) return [buttons, s];
  [list[from], list[to]] = [list[to]!, list[from]!];
  return [next, s.j === undefined ? { i: to } : { i: s.i, j: to }];
}

/** The menu editor: a phone preview, the selected button's form with inline errors, save / publish / pull. */
export const MenusTab = () => {
  const { get, put, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const { held: allowedActions } = useHeldActions({ canUpdate: 'plugin::wechat.menus.update', canPublish: 'plugin::wechat.menus.publish' });
  const [apps, setApps] = useState<App[]>([]);
  const [appId, setAppId] = useState('');
  const [view, setView] = useState<MenuView | null>(null);
  const [buttons, setButtons] = useState<MenuButton[]>([]);
  const [options, setOptions] = useState<ReplyOption[]>([]);
  const [selected, setSelected] = useState<Selection | null>(null);
  const problems = useMemo(() => menuProblems({ button: buttons }), [buttons]);

  useEffect(() => {
    get('/wechat/apps')
      .then(({ data }: any) => {
        const official = (data.data as App[]).filter((a) => a.kind === 'official');
        setApps(official);
        if (official[0]) setAppId(official[0].appId);
      })
      .catch(() => undefined);
  }, []);

  const load = async (keepDraft = false) => {
    const [menu, replies] = await Promise.all([
      get<{ data: MenuView }>(`/wechat/menus/${appId}?keys=${encodeURIComponent(clickKeys(buttons).join(','))}`),
      get<{ data: ReplyOption[] }>(`/wechat/menus/${appId}/replies`),
    ]);
    setView(menu.data.data);
    setOptions(replies.data.data);
    if (!keepDraft) {
      setButtons(menu.data.data.draft.button);
      setSelected(null);
    }
  };
  useEffect(() => {
    if (appId) load().catch((err) => toggleNotification({ type: 'danger', message: messageOf(err) }));
  }, [appId]);

  const { act, busy } = useAction(load, () => load(true));
  const saveDraft = () => put(`/wechat/menus/${appId}/draft`, { button: buttons });
  const publish = () => act(async () => (await saveDraft(), await post(`/wechat/menus/${appId}/publish`, {})), '菜单已发布到微信（粉丝端最长 5 分钟内更新）');
  const pull = () => {
    if (!window.confirm('从微信拉取线上菜单，并用它覆盖当前草稿？未保存的修改将丢失。')) return;
    act(() => post(`/wechat/menus/${appId}/pull`, { replaceDraft: true }), '已拉取线上菜单');
  };

  const addTop = () => {
    setButtons([...buttons, { name: '菜单', type: 'click', key: '' }]);
    setSelected({ i: buttons.length });
  };
  const addSub = (i: number) => {
    const next = structuredClone(buttons);
    const top = next[i]!;
    // a button that gets sub-buttons stops being a leaf: WeChat forbids a type on a parent
    next[i] = { name: top.name, sub_button: [...(top.sub_button ?? []), { name: '子菜单', type: 'click', key: '' }] };
    setButtons(next);
    setSelected({ i, j: next[i]!.sub_button!.length - 1 });
  };

  const current = selected ? (selected.j === undefined ? buttons[selected.i] : buttons[selected.i]?.sub_button?.[selected.j]) : undefined;
  const binding = current?.type === 'click' && current.key?.trim() ? view?.bindings.find((b) => b.key === current.key!.trim()) : undefined;

  return (
    <Box paddingTop={4}>
      <Alert closeLabel="关闭" title="注意" variant="warning">
        公众号启用「服务器配置」（开发者模式）后，在微信公众平台后台手工编辑的菜单将不再显示，菜单只能在这里编辑并发布。发布后粉丝端最长约 5 分钟生效。
      </Alert>
      <Flex gap={4} paddingTop={4} paddingBottom={4} wrap="wrap">
        <Box minWidth="240px">
          <SingleSelect aria-label="公众号" placeholder="选择公众号" value={appId} onChange={(v: any) => setAppId(String(v))}>
            {apps.map((a) => (
              <SingleSelectOption key={a.appId} value={a.appId}>{`${a.name}（${a.appId}）`}</SingleSelectOption>
            ))}
          </SingleSelect>
        </Box>
        {allowedActions.canUpdate && (
          <Button variant="secondary" disabled={!appId || busy} onClick={() => act(saveDraft, '草稿已保存')}>
            保存草稿
          </Button>
        )}
        {allowedActions.canPublish && (
          <Button disabled={!appId || busy || problems.length > 0} onClick={publish}>
            发布到微信
          </Button>
        )}
        {allowedActions.canUpdate && (
          <Button variant="tertiary" disabled={!appId || busy} onClick={pull}>
            从微信拉取
          </Button>
        )}
        {view && <Badge active={!view.unpublishedChanges}>{view.unpublishedChanges ? '草稿有未发布的修改' : '草稿与线上一致'}</Badge>}
      </Flex>
      {apps.length === 0 && <Typography>尚未配置公众号：请先在「应用」中添加。</Typography>}
      {view && (
        <Typography variant="pi" textColor="neutral600">
          上次发布：{time(view.lastPublishedAt)}
          {view.lastPublishedBy ? `（${view.lastPublishedBy}）` : ''}；上次拉取：{time(view.lastPulledAt)}；草稿保存于：{time(view.draftUpdatedAt)}
        </Typography>
      )}
      {view?.lastError && (
        <Box paddingTop={2}>
          <Alert closeLabel="关闭" title={view.lastError.action === 'publish' ? '上次发布失败' : '上次拉取失败'} variant="danger">
            {view.lastError.message}（{time(view.lastError.at)}）
          </Alert>
        </Box>
      )}
      {appId && (
        <Flex gap={6} paddingTop={4} alignItems="flex-start">
          <MenuPhonePreview buttons={buttons} selected={selected} broken={brokenButtons(problems)} onSelect={setSelected} onAddTop={addTop} onAddSub={addSub} />
          <Flex direction="column" alignItems="stretch" gap={4} flex="1">
            {problems.length > 0 && (
              <Box padding={3} background="danger100" hasRadius>
                <Typography fontWeight="bold" textColor="danger700">
                  发布前需修正 {problems.length} 处：
                </Typography>
                {problems.map((p) => (
                  <Typography key={p.path.join('.')} tag="p" textColor="danger700">
                    · {p.message}
                  </Typography>
                ))}
              </Box>
            )}
            {selected && current ? (
              <>
                <MenuButtonForm
                  key={pathOf(selected).join('.')}
                  button={current}
                  path={pathOf(selected)}
                  problems={problems}
                  isParent={selected.j === undefined && (current.sub_button ?? []).length > 0}
                  onChange={(patch) => setButtons(patchAt(buttons, selected, patch))}
                  onRemove={() => (setButtons(patchAt(buttons, selected, null)), setSelected(null))}
                  onMove={(delta) => {
                    const [next, at] = moveAt(buttons, selected, delta);
                    setButtons(next);
                    setSelected(at);
                  }}
                />
                {current.type === 'click' && current.key?.trim() && binding?.action && (
                  <Box paddingTop={4}>
                    <Typography textColor="neutral600">{`此按钮的点击由「${binding.action}」处理，自动回复处理结果（不发送关键词回复）。`}</Typography>
                  </Box>
                )}
                {current.type === 'click' && current.key?.trim() && !binding?.action && (
                  <MenuClickReply
                    appId={appId}
                    clickKey={current.key.trim()}
                    current={binding?.reply ?? null}
                    options={options}
                    canEdit={allowedActions.canUpdate}
                    onChanged={() => load(true)}
                  />
                )}
              </>
            ) : (
              <Typography textColor="neutral600">点击手机预览中的菜单进行编辑；点「＋」添加菜单（最多 3 个一级菜单，每个最多 5 个子菜单）。</Typography>
            )}
          </Flex>
        </Flex>
      )}
    </Box>
  );
};

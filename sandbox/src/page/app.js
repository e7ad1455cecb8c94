// The sandbox page: apps, fans, the published menu on a phone, sent templates, and a chat view.
// Plain browser JavaScript over the admin API (/_sandbox/...).
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const esc = (s) => String(s == null ? '' : s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
  const api = async (method, path, body) => {
    const res = await fetch(path, { method, headers: body ? { 'content-type': 'application/json' } : {}, body: body ? JSON.stringify(body) : undefined });
    const data = await res.json();
    if (!res.ok) throw new Error(data.error || res.status);
    return data;
  };
  const MODES = { plain: '明文模式', compatible: '兼容模式', safe: '安全模式' };
  const OUTCOMES = { 'no-reply': '已送达（未回复）', failed: '推送失败', 'invalid-reply': '回复无效', 'no-callback': '未配置回调地址，消息未推送' };
  const state = { apps: [], oa: null, details: null, fanOffset: 0, fanPage: 15, chatFan: null };

  function appCard(a) {
    const cb = a.callback ? `${esc(a.callback.url === 'demo' ? '内置演示服务器' : a.callback.url)}（${MODES[a.callback.mode]}）` : '未配置';
    const rows = [
      ['AppID', a.appId],
      ['AppSecret', a.secret],
      ['Token', a.token],
      ['EncodingAESKey', a.encodingAESKey],
      ['原始 ID', a.ghId],
    ];
    return `<div class="app"><h3>${esc(a.name)}<span class="kind">${a.kind === 'official' ? '公众号' : '小程序'}</span></h3><dl>${rows
      .map(([k, v]) => `<dt>${k}</dt><dd>${esc(v)}</dd>`)
      .join('')}<dt>粉丝 / 关注</dt><dd>${a.fans} / ${a.followers}</dd><dt>回调地址</dt><dd>${cb}</dd></dl></div>`;
  }

  async function loadApps() {
    state.apps = await api('GET', '/_sandbox/apps');
    $('apps').innerHTML = state.apps.map(appCard).join('');
    $('fan-app').innerHTML = state.apps.map((a) => `<option value="${a.appId}">${esc(a.name)}</option>`).join('');
    state.oa = state.apps.find((a) => a.kind === 'official') || state.apps[0];
    state.details = await api('GET', `/_sandbox/apps/${state.oa.appId}`);
    $('phone-title').textContent = state.oa.name;
  }

  async function loadFans() {
    const appId = $('fan-app').value;
    const q = encodeURIComponent($('fan-q').value.trim());
    const data = await api('GET', `/_sandbox/apps/${appId}/fans?offset=${state.fanOffset}&limit=${state.fanPage}&q=${q}`);
    const app = state.apps.find((a) => a.appId === appId);
    const tagNames = app && app.appId === state.oa.appId ? Object.fromEntries(state.details.tags.map((t) => [t.id, t.name])) : {};
    $('fan-total').textContent = `共 ${data.total} 位`;
    $('fans').innerHTML = data.fans
      .map(
        (f) =>
          `<tr><td><img src="${esc(f.headimgurl)}" alt=""></td><td>${esc(f.nickname)}</td><td class="mono">${esc(f.openid)}</td><td class="mono">${esc(f.unionid || '')}</td><td>${
            f.subscribed ? '已关注' : '<span class="off">未关注</span>'
          }</td><td>${f.tagIds.map((t) => `<span class="tag">${esc(tagNames[t] || t)}</span>`).join('')}</td></tr>`,
      )
      .join('');
    const pages = Math.max(1, Math.ceil(data.total / state.fanPage));
    $('fan-page').textContent = `第 ${Math.floor(state.fanOffset / state.fanPage) + 1} / ${pages} 页`;
  }

  function templateText(m) {
    const tpl = state.details.templates.find((t) => t.template_id === m.templateId);
    const data = m.payload.data || {};
    const body = tpl ? tpl.content.replace(/\{\{(\w+)\.DATA\}\}/g, (_, k) => (data[k] ? data[k].value : '')) : JSON.stringify(data);
    return { title: tpl ? tpl.title : m.templateId, body };
  }

  async function loadTemplates() {
    const sent = await api('GET', '/_sandbox/messages?kind=template');
    $('templates').innerHTML = sent.length
      ? sent
          .slice(-8)
          .reverse()
          .map((m) => {
            const t = templateText(m);
            return `<div class="tpl"><b>${esc(t.title)}</b> → ${esc(m.touser)} · ${new Date(m.at).toLocaleString('zh-CN')}\n${esc(t.body)}</div>`;
          })
          .join('')
      : '<p class="empty">还没有发送过模板消息。CMS 调用 /cgi-bin/message/template/send 后会显示在这里。</p>';
  }

  function drawMenu() {
    const buttons = (state.details && state.details.menu) || [];
    $('menu').innerHTML = buttons.length
      ? buttons.map((b, i) => `<button data-i="${i}">${b.sub_button && b.sub_button.length ? '≡ ' : ''}${esc(b.name)}</button>`).join('')
      : '<div class="none">未发布自定义菜单</div>';
  }

  async function loadChatFans() {
    const data = await api('GET', `/_sandbox/apps/${state.oa.appId}/fans?limit=50`);
    $('chat-fan').innerHTML = data.fans
      .map((f) => `<option value="${esc(f.openid)}">${esc(f.nickname)}（${f.subscribed ? '已关注' : '未关注'}）</option>`)
      .join('');
    if (state.chatFan) $('chat-fan').value = state.chatFan;
    state.chatFan = $('chat-fan').value;
  }

  function bubble(item) {
    const m = item.message || {};
    if (item.from === 'fan') {
      const status =
        item.outcome && item.outcome !== 'replied' && OUTCOMES[item.outcome]
          ? `<div class="msg ${item.outcome === 'no-reply' ? 'event' : 'error'}">${esc(OUTCOMES[item.outcome])}${item.error ? `：${esc(item.error)}` : ''}</div>`
          : '';
      if (item.type === 'text') return `<div class="msg fan">${esc(m.Content)}</div>${status}`;
      const what = {
        subscribe: '你关注了公众号',
        unsubscribe: '你取消了关注',
        CLICK: `你点击了菜单（${m.EventKey}）`,
        VIEW: `你打开了 ${m.EventKey}`,
        SCAN: '你扫描了二维码',
      }[item.type];
      return `<div class="msg event">${esc(what || item.type)}</div>${status}`;
    }
    if (item.type === 'template') {
      const t = templateText({ templateId: m.template_id, payload: m });
      return `<div class="msg app"><b>${esc(t.title)}</b>\n${esc(t.body)}</div>`;
    }
    if (item.type === 'reply') return `<div class="msg app">${esc(m.MsgType === 'text' ? m.Content : `[${m.MsgType} 消息]`)}</div>`;
    if (item.type === 'custom') return `<div class="msg app">${esc(m.msgtype === 'text' ? m.text.content : `[客服${m.msgtype}消息]`)}</div>`;
    return `<div class="msg app">[${esc(item.type)}]</div>`;
  }

  async function loadChat() {
    if (!state.chatFan) return;
    const fan = await api('GET', `/_sandbox/apps/${state.oa.appId}/fans/${encodeURIComponent(state.chatFan)}`);
    $('follow').textContent = fan.subscribed ? '取消关注' : '关注公众号';
    $('follow').className = fan.subscribed ? 'ghost' : '';
    const items = await api('GET', `/_sandbox/apps/${state.oa.appId}/fans/${encodeURIComponent(state.chatFan)}/conversation`);
    $('chat').innerHTML = items.length ? items.map(bubble).join('') : '<div class="msg event">还没有消息：点击“关注公众号”或发送一条消息</div>';
    $('chat').scrollTop = $('chat').scrollHeight;
  }

  async function push(input) {
    $('chat-status').textContent = '推送中…';
    try {
      const rec = await api('POST', '/_sandbox/push', Object.assign({ appId: state.oa.appId, openid: state.chatFan }, input));
      $('chat-status').textContent = rec.url ? `已推送到 ${rec.url}（${MODES[rec.mode]}，${rec.attempts.length} 次尝试）` : OUTCOMES['no-callback'];
    } catch (e) {
      $('chat-status').textContent = `推送失败：${e.message}`;
    }
    await Promise.all([loadChat(), loadChatFans(), loadApps()]);
  }

  function tap(button) {
    $('submenu').classList.add('hidden');
    if (button.type === 'view' || button.type === 'miniprogram') return push({ type: 'VIEW', eventKey: button.url });
    if (button.key) return push({ type: 'CLICK', eventKey: button.key });
    $('chat-status').textContent = `沙箱暂不模拟 ${button.type} 类型按钮的交互`;
  }

  $('menu').addEventListener('click', (e) => {
    const el = e.target.closest('button');
    if (!el) return;
    const b = state.details.menu[Number(el.dataset.i)];
    if (!b.sub_button || !b.sub_button.length) return tap(b);
    const box = $('submenu');
    box.innerHTML = b.sub_button.map((s, j) => `<button data-j="${j}">${esc(s.name)}</button>`).join('');
    box.style.left = `${el.offsetLeft + 10}px`;
    box.onclick = (ev) => {
      const sub = ev.target.closest('button');
      if (sub) tap(b.sub_button[Number(sub.dataset.j)]);
    };
    box.classList.toggle('hidden');
  });
  $('send').addEventListener('submit', (e) => {
    e.preventDefault();
    const text = $('text').value.trim();
    if (!text) return;
    $('text').value = '';
    push({ type: 'text', content: text });
  });
  $('follow').addEventListener('click', () => push({ type: $('follow').textContent === '取消关注' ? 'unsubscribe' : 'subscribe' }));
  $('chat-fan').addEventListener('change', () => {
    state.chatFan = $('chat-fan').value;
    loadChat();
  });
  $('fan-search').addEventListener('click', () => ((state.fanOffset = 0), loadFans()));
  $('fan-app').addEventListener('change', () => ((state.fanOffset = 0), loadFans()));
  $('fan-prev').addEventListener('click', () => ((state.fanOffset = Math.max(0, state.fanOffset - state.fanPage)), loadFans()));
  $('fan-next').addEventListener('click', () => ((state.fanOffset += state.fanPage), loadFans()));

  async function refresh() {
    await loadApps();
    drawMenu();
    await Promise.all([loadFans(), loadTemplates(), loadChatFans()]);
    await loadChat();
  }
  refresh().catch((e) => ($('apps').textContent = `加载失败：${e.message}`));
  setInterval(() => Promise.all([loadTemplates(), loadChat()]).catch(() => {}), 5000);
})();

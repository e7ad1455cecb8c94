// The sandbox page's WeCom card: the demo corp's credentials and its contacts (departments, members).
// Plain browser JavaScript over the admin API (/_sandbox/wecom/...).
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const esc = (s) => String(s == null ? '' : s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
  const get = async (path) => {
    const res = await fetch(path);
    const data = await res.json();
    if (!res.ok) throw new Error(data.error || res.status);
    return data;
  };
  const STATUS = { 1: '已激活', 2: '已禁用', 4: '未激活', 5: '已退出' };
  const state = { corp: null, depts: {}, offset: 0, page: 15 };

  function corpCard(c) {
    const rows = [
      ['CorpID', c.corpId],
      ['通讯录同步 Secret', c.contactsSecret],
      ['客户联系 Secret', c.customerSecret],
      ...c.apps.map((a) => [`应用「${a.name}」`, `AgentId ${a.agentId} · Secret ${a.secret}`]),
      ['回调 Token', c.callbackToken],
      ['EncodingAESKey', c.encodingAESKey],
      ...c.robots.map((r) => [`群机器人「${r.name}」`, r.key]),
      ['回调地址', c.callback ? c.callback.url : '未配置'],
    ];
    return `<div class="app"><h3>${esc(c.name)}<span class="kind">企业微信</span></h3><dl>${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}<dt>部门 / 成员 / 标签</dt><dd>${c.departments} / ${c.members} / ${c.tags}</dd></dl></div>`;
  }

  /** Departments as an indented tree in the select. */
  function deptOptions(list) {
    const children = {};
    for (const d of list) (children[d.parentid] = children[d.parentid] || []).push(d);
    const out = ['<option value="">全部部门</option>'];
    const walk = (parent, depth) => {
      for (const d of (children[parent] || []).sort((a, b) => b.order - a.order)) {
        out.push(`<option value="${d.id}">${'　'.repeat(depth)}${esc(d.name)}</option>`);
        walk(d.id, depth + 1);
      }
    };
    walk(0, 0);
    return out.join('');
  }

  async function loadCorp() {
    const corps = await get('/_sandbox/wecom/corps');
    state.corp = corps[0];
    if (!state.corp) return;
    $('wecom-corp').innerHTML = corpCard(state.corp);
    const depts = await get(`/_sandbox/wecom/${state.corp.corpId}/departments`);
    state.depts = Object.fromEntries(depts.map((d) => [d.id, d.name]));
    $('wecom-dept').innerHTML = deptOptions(depts);
  }

  async function loadMembers() {
    if (!state.corp) return;
    const dept = $('wecom-dept').value;
    const q = encodeURIComponent($('wecom-q').value.trim());
    const data = await get(
      `/_sandbox/wecom/${state.corp.corpId}/members?offset=${state.offset}&limit=${state.page}&q=${q}${dept ? `&department=${dept}&fetch_child=1` : ''}`,
    );
    $('wecom-total').textContent = `共 ${data.total} 位成员`;
    $('wecom-members').innerHTML = data.members
      .map(
        (m) =>
          `<tr><td>${esc(m.name)}</td><td class="mono">${esc(m.userid)}</td><td>${m.department.map((d) => `<span class="tag">${esc(state.depts[d] || d)}</span>`).join('')}</td><td>${esc(m.position)}</td><td class="mono">${esc(m.mobile)}</td><td>${
            m.status === 1 ? STATUS[1] : `<span class="off">${esc(STATUS[m.status] || m.status)}</span>`
          }</td></tr>`,
      )
      .join('');
    const pages = Math.max(1, Math.ceil(data.total / state.page));
    $('wecom-page').textContent = `第 ${Math.floor(state.offset / state.page) + 1} / ${pages} 页`;
  }

  $('wecom-search').addEventListener('click', () => ((state.offset = 0), loadMembers()));
  $('wecom-dept').addEventListener('change', () => ((state.offset = 0), loadMembers()));
  $('wecom-prev').addEventListener('click', () => ((state.offset = Math.max(0, state.offset - state.page)), loadMembers()));
  $('wecom-next').addEventListener('click', () => ((state.offset += state.page), loadMembers()));
  loadCorp()
    .then(loadMembers)
    .catch((e) => ($('wecom-corp').textContent = `加载失败：${e.message}`));
})();

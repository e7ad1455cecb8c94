// The sandbox page's WeChat Pay card: the demo merchant, the transactions WeDraw created (the payer
// pays or fails them here, as the WeChat app would) and every notification with WeDraw's answers.
// Plain browser JavaScript over the admin API (/_sandbox/pay/...).
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const esc = (s) => String(s == null ? '' : s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
  const yuan = (fen) => `¥${(fen / 100).toFixed(2)}`;
  const STATE = { NOTPAY: '待支付', SUCCESS: '支付成功', CLOSED: '已关闭', PAYERROR: '支付失败', REFUND: '转入退款' };
  const get = async (path) => (await fetch(path)).json();
  const MODE = { publicKey: '公钥', platformCertificate: '平台证书', switching: '切换中' };

  async function render() {
    const [m, t, n] = await Promise.all([get('/_sandbox/pay/merchant'), get('/_sandbox/pay/transactions'), get('/_sandbox/pay/notifies')]);
    $('pay-merchant').innerHTML =
      `<dl><dt>商户号</dt><dd>${esc(m.mchId)}</dd><dt>微信支付公钥 ID</dt><dd>${esc(m.wechatpayPublicKeyId)}</dd><dt>商户证书序列号</dt><dd>${esc(m.serialNo)}</dd><dt>验签模式</dt><dd>${esc(MODE[m.mode] || m.mode)}（平台证书 ${esc(m.platformSerialNo)}）</dd><dt>APIv3 密钥</dt><dd>${esc(m.apiV3Key)}</dd></dl>`;
    const txs = t.transactions.slice().reverse().slice(0, 15);
    $('pay-transactions').innerHTML = txs.length
      ? txs
          .map(
            (x) =>
              `<tr><td>${esc(x.out_trade_no)}</td><td>${yuan(x.amount.total)}</td><td>${esc(x.trade_type)}</td><td>${STATE[x.trade_state] || esc(x.trade_state)}</td><td>${
                x.trade_state === 'NOTPAY'
                  ? `<button data-pay="${esc(x.out_trade_no)}">付款</button> <button data-fail="${esc(x.out_trade_no)}">支付失败</button>`
                  : ''
              }</td></tr>`,
          )
          .join('')
      : '<tr><td colspan="5">还没有订单：在 H5 的支付页（/pay/DEMO01?code=DEMO01-10）下单</td></tr>';
    $('pay-notifies').innerHTML = n.notifies
      .slice(-10)
      .reverse()
      .map(
        (x) =>
          `<li>${esc(x.eventType)} ${esc(x.outTradeNo)} → ${x.attempts.map((a) => (a.status ? a.status : esc(a.error))).join('、') || '发送中'}（${x.outcome === 'delivered' ? '已确认' : x.outcome === 'failed' ? '重试用尽' : '重试中'}）</li>`,
      )
      .join('');
  }

  document.addEventListener('click', async (e) => {
    const el = e.target;
    const outTradeNo = el.dataset && (el.dataset.pay || el.dataset.fail);
    if (!outTradeNo) return;
    await fetch('/_sandbox/pay/pay', { method: 'POST', body: JSON.stringify({ outTradeNo, result: el.dataset.pay ? 'SUCCESS' : 'PAYERROR' }) });
    await render();
  });
  // ---- The phone's 扫一扫: open a merchant's payment code and pay in a WeChat-like sheet. ----
  // The code URL is the H5 pay page (opened in the phone frame; with no WeixinJSBridge there the page
  // waits for the payment, which the payer confirms in the sheet below), or a Native code_url.
  const phone = { open: false, known: new Set(), sheetFor: null, dismissed: new Set(), codeUrl: null };
  const show = (id, on) => $(id).classList.toggle('hidden', !on);

  async function listCodes() {
    const { codes } = await get('/_sandbox/pay/scan-codes');
    $('scan-codes').innerHTML = codes.length
      ? codes.map((c) => `<li data-scan="${esc(c.url)}">${esc(c.name)}<br><small>${esc(c.url)}</small></li>`).join('')
      : '<li class="empty">还没有登记的收款码（npm run seed 会登记 WeDraw 的演示收款码）</li>';
  }

  async function scan(url) {
    show('scan-panel', false);
    const { transactions } = await get('/_sandbox/pay/transactions');
    phone.known = new Set(transactions.map((x) => x.out_trade_no));
    phone.dismissed = new Set();
    phone.open = true;
    if (url.startsWith('weixin://')) {
      // A Native code_url: WeChat shows the order it belongs to straight away.
      phone.codeUrl = url;
      phone.known = new Set();
    } else {
      phone.codeUrl = null;
      $('pay-view-url').textContent = url;
      $('pay-frame').src = url;
      show('pay-view', true);
    }
    $('phone-title').textContent = '微信支付';
    await watch();
  }

  function closePhonePay() {
    phone.open = false;
    phone.sheetFor = null;
    $('pay-frame').src = 'about:blank';
    show('pay-view', false);
    show('pay-sheet', false);
    const oa = document.querySelector('#apps .app h3');
    $('phone-title').textContent = oa ? oa.firstChild.textContent : '公众号';
  }

  /** The order the scan created (or the code_url names) and not yet paid: shown in the pay sheet. */
  async function watch() {
    if (!phone.open || phone.sheetFor) return;
    const { transactions } = await get('/_sandbox/pay/transactions');
    const tx = transactions
      .slice()
      .reverse()
      .find(
        (x) =>
          x.trade_state === 'NOTPAY' &&
          !phone.dismissed.has(x.out_trade_no) &&
          (phone.codeUrl ? x.code_url === phone.codeUrl : !phone.known.has(x.out_trade_no)),
      );
    if (!tx) return;
    phone.sheetFor = tx.out_trade_no;
    $('pay-sheet-desc').textContent = tx.description || tx.out_trade_no;
    $('pay-sheet-amount').textContent = yuan(tx.amount.total);
    show('pay-sheet', true);
  }

  async function answerSheet(result) {
    const outTradeNo = phone.sheetFor;
    show('pay-sheet', false);
    phone.sheetFor = null;
    if (!outTradeNo) return;
    phone.dismissed.add(outTradeNo);
    if (result) await fetch('/_sandbox/pay/pay', { method: 'POST', body: JSON.stringify({ outTradeNo, result }) });
    if (phone.codeUrl) closePhonePay();
    await render();
  }

  $('scan').addEventListener('click', () => {
    show('scan-panel', true);
    listCodes().catch((err) => ($('scan-codes').textContent = String(err)));
  });
  $('scan-cancel').addEventListener('click', () => show('scan-panel', false));
  $('scan-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const url = $('scan-url').value.trim();
    if (url) void scan(url);
  });
  $('scan-codes').addEventListener('click', (e) => {
    const li = e.target.closest('[data-scan]');
    if (li) void scan(li.dataset.scan);
  });
  $('pay-close').addEventListener('click', closePhonePay);
  $('pay-sheet-pay').addEventListener('click', () => void answerSheet('SUCCESS'));
  $('pay-sheet-fail').addEventListener('click', () => void answerSheet('PAYERROR'));
  $('pay-sheet-cancel').addEventListener('click', () => void answerSheet(null));
  setInterval(() => watch().catch(() => undefined), 1000);

  render().catch((err) => ($('pay-merchant').textContent = String(err)));
  setInterval(() => render().catch(() => undefined), 3000);
})();

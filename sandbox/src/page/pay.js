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

  async function render() {
    const [m, t, n] = await Promise.all([get('/_sandbox/pay/merchant'), get('/_sandbox/pay/transactions'), get('/_sandbox/pay/notifies')]);
    $('pay-merchant').innerHTML =
      `<dl><dt>商户号</dt><dd>${esc(m.mchId)}</dd><dt>微信支付公钥 ID</dt><dd>${esc(m.wechatpayPublicKeyId)}</dd><dt>证书序列号</dt><dd>${esc(m.serialNo)}</dd><dt>APIv3 密钥</dt><dd>${esc(m.apiV3Key)}</dd></dl>`;
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
  render().catch((err) => ($('pay-merchant').textContent = String(err)));
  setInterval(() => render().catch(() => undefined), 3000);
})();

/**
 * The script `/docs/zh.js`: Swagger UI ships English only, so its fixed labels (buttons, section
 * titles) are replaced with Chinese as they render. Texts from the document are left alone.
 */
const LABELS: Record<string, string> = {
  'Try it out ': '试一试',
  'Try it out': '试一试',
  Cancel: '取消',
  Execute: '发送请求',
  Clear: '清除',
  Authorize: '认证',
  Logout: '退出',
  Close: '关闭',
  Parameters: '参数',
  'Request body': '请求体',
  Responses: '响应',
  'Server response': '服务器响应',
  Code: '状态码',
  Details: '详情',
  Description: '说明',
  Name: '名称',
  Links: '链接',
  'No links': '无',
  'No parameters': '无参数',
  'Response body': '响应体',
  'Response headers': '响应头',
  'Request URL': '请求地址',
  Curl: 'curl 命令',
  Schemas: '数据结构',
  Servers: '服务器',
  'Example Value': '示例',
  Schema: '结构',
  'Available authorizations': '可用的认证方式',
  'Filter by tag': '按分组筛选',
  Download: '下载',
  required: '必填',
};

export const CHINESE_LABELS = `(function () {
  var labels = ${JSON.stringify(LABELS)};
  function translate(root) {
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    var node;
    while ((node = walker.nextNode())) {
      var text = node.nodeValue && node.nodeValue.trim();
      if (text && Object.prototype.hasOwnProperty.call(labels, text)) node.nodeValue = node.nodeValue.replace(text, labels[text]);
    }
    var inputs = root.querySelectorAll ? root.querySelectorAll('input[placeholder="Filter by tag"]') : [];
    for (var i = 0; i < inputs.length; i++) inputs[i].placeholder = labels['Filter by tag'];
  }
  new MutationObserver(function (changes) {
    for (var i = 0; i < changes.length; i++) for (var j = 0; j < changes[i].addedNodes.length; j++) {
      var added = changes[i].addedNodes[j];
      if (added.nodeType === 1) translate(added);
      else if (added.nodeType === 3 && added.parentNode) translate(added.parentNode);
    }
  }).observe(document.documentElement, { childList: true, subtree: true, characterData: false });
})();
`;

/* Runs before the pane's script, in plain ES5: an old webview (Internet Explorer's, in Excel 2016
   without updates) cannot run the pane; say so in French instead of leaving a blank pane. */
(function () {
  var modern = typeof Promise !== 'undefined' && typeof Symbol !== 'undefined' && typeof Object.fromEntries === 'function' && typeof Array.prototype.flatMap === 'function';
  if (modern) return;
  window.__duerpTropAncien = true;
  document.addEventListener('DOMContentLoaded', function () {
    var root = document.getElementById('root');
    if (root) root.innerHTML = '<p role="alert" style="font-family:Segoe UI,sans-serif;padding:12px">Cette version d\u2019Excel (ou son navigateur int\u00e9gr\u00e9) est trop ancienne pour l\u2019assistant : utilisez Microsoft 365, Excel 2021 ou plus r\u00e9cent, ou Excel sur le web.</p>';
  });
})();

// Confirmation before grave actions on every page: a form with data-confirm asks its question first. Inline
// onsubmit handlers would be blocked by the Content-Security-Policy (script-src 'self'); without this script the
// form simply submits.
(function () {
  'use strict';
  document.addEventListener('submit', function (event) {
    var question = event.target.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });
})();

// The document page: 常用意见 into the opinion box and confirmation before grave actions (terminate).
// Everything also works without this script.
(function () {
  'use strict';

  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-phrase]');
    if (!button) {
      return;
    }
    var box = document.querySelector(button.getAttribute('data-phrase-target'));
    if (!box) {
      return;
    }
    var phrase = button.getAttribute('data-phrase');
    box.value = box.value.trim() === '' ? phrase : box.value.replace(/\s+$/, '') + '，' + phrase;
    box.focus();
  });

  document.addEventListener('submit', function (event) {
    var question = event.target.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });
})();

// The document page: 常用意见 into the opinion box.
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
})();

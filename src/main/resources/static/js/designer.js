// 流程设计: shows each node's fields for its handler kind and condition; changing the template of a new design
// redraws the editor with that template's steps and codes. Without JavaScript every field shows and the server checks all.
(function () {
  'use strict';

  function showMatching(card, selector, attribute) {
    var select = card.querySelector(selector);
    if (!select) {
      return;
    }
    card.querySelectorAll('[' + attribute + ']').forEach(function (field) {
      field.hidden = field.getAttribute(attribute).split(' ').indexOf(select.value) < 0;
    });
  }

  function update(card) {
    showMatching(card, '.zt-kind', 'data-kinds');
    showMatching(card, '.zt-condition', 'data-conditions');
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.zt-node').forEach(function (card) {
      update(card);
      card.addEventListener('change', function (event) {
        if (event.target.matches('.zt-kind, .zt-condition')) {
          update(card);
        }
      });
    });
    var template = document.querySelector('select[data-refresh]');
    if (template) {
      template.addEventListener('change', function () {
        var op = document.createElement('input');
        op.type = 'hidden';
        op.name = 'op';
        op.value = 'refresh';
        template.form.appendChild(op);
        template.form.submit();
      });
    }
  });
}());

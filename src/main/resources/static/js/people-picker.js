// A searchable multi-select: every <select multiple data-people-picker> becomes a filter box and a list of
// checkboxes that tick the select's options. The select stays in the form and is what is posted, so without
// this script the page keeps a plain multi-select.
(function () {
  'use strict';

  function enhance(select) {
    var picker = document.createElement('div');
    picker.className = 'people-picker border rounded mb-2';
    picker.id = select.id + '-picker';

    var filter = document.createElement('input');
    filter.type = 'search';
    filter.className = 'form-control form-control-sm border-0 border-bottom rounded-0';
    filter.placeholder = select.getAttribute('data-filter-placeholder') || '';
    filter.setAttribute('aria-label', filter.placeholder);
    picker.appendChild(filter);

    var list = document.createElement('div');
    list.className = 'px-2 py-1 overflow-auto';
    list.style.maxHeight = '14rem';
    picker.appendChild(list);

    Array.prototype.forEach.call(select.options, function (option, index) {
      var row = document.createElement('div');
      row.className = 'form-check';
      var box = document.createElement('input');
      box.type = 'checkbox';
      box.className = 'form-check-input';
      box.id = select.id + '-option-' + index;
      box.value = option.value;
      box.checked = option.selected;
      box.addEventListener('change', function () {
        option.selected = box.checked;
      });
      var label = document.createElement('label');
      label.className = 'form-check-label';
      label.htmlFor = box.id;
      label.textContent = option.textContent;
      row.appendChild(box);
      row.appendChild(label);
      list.appendChild(row);
    });

    filter.addEventListener('input', function () {
      var words = filter.value.trim().toLowerCase();
      Array.prototype.forEach.call(list.children, function (row) {
        row.hidden = words !== '' && row.textContent.toLowerCase().indexOf(words) < 0;
      });
    });
    // Enter in the filter box must not post the action form
    filter.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') {
        event.preventDefault();
      }
    });

    select.hidden = true;
    select.parentNode.insertBefore(picker, select.nextSibling);
  }

  document.querySelectorAll('select[multiple][data-people-picker]').forEach(enhance);
})();

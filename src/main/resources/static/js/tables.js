// Phone layout of list tables (class table-cards): each cell is labelled with its column's heading, which app.css
// shows before the value once the table has become cards. Runs on load and on every piece htmx swaps in.
(function () {
  function labelCells(root) {
    root.querySelectorAll('table.table-cards').forEach(function (table) {
      var headings = Array.from(table.querySelectorAll('thead th')).map(function (th) { return th.textContent.trim(); });
      table.querySelectorAll('tbody tr').forEach(function (row) {
        Array.from(row.cells).forEach(function (cell, index) {
          if (!cell.hasAttribute('data-label') && cell.colSpan === 1 && headings[index]) {
            cell.setAttribute('data-label', headings[index]);
          }
        });
      });
    });
  }
  document.addEventListener('DOMContentLoaded', function () { labelCells(document); });
  document.addEventListener('htmx:load', function (event) { labelCells(event.target.parentElement || document); });
})();

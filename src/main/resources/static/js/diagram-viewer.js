// The process diagram on the document page: 放大/缩小/还原 buttons, dragging to move the enlarged picture, and the
// same from the keyboard once the picture has focus (+, -, 0 and the arrow keys). The current scale is kept in
// data-scale on the viewport. Without this script the picture is shown fitted to the page with a link to the original.
(function () {
  'use strict';

  var STEP = 1.5, MIN_SCALE = 1, MAX_SCALE = 8, ARROW_STEP = 40, MAX_HEIGHT_SHARE = 0.7;
  var viewport = document.getElementById('diagram-viewport');
  var image = document.getElementById('diagram');
  if (!viewport || !image) {
    return;
  }
  var scale = 1, x = 0, y = 0;

  function render() {
    var width = image.offsetWidth * scale, height = image.offsetHeight * scale;
    // A wide diagram fitted to a phone is a thin strip; the viewport grows with the picture up to most of the screen.
    var borders = viewport.offsetHeight - viewport.clientHeight;
    viewport.style.height = height > 0 ? Math.min(height, window.innerHeight * MAX_HEIGHT_SHARE) + borders + 'px' : '';
    // Keep the picture covering the viewport: never dragged out of sight.
    x = Math.min(0, Math.max(viewport.clientWidth - width, x));
    y = Math.min(0, Math.max(viewport.clientHeight - height, y));
    image.style.transform = 'translate(' + x + 'px, ' + y + 'px) scale(' + scale + ')';
    viewport.setAttribute('data-scale', scale.toFixed(2));
  }

  function zoomTo(newScale) {
    newScale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, newScale));
    // Zoom about the middle of the viewport so the part being looked at stays in view.
    var centreX = viewport.clientWidth / 2, centreY = viewport.clientHeight / 2;
    x = centreX - (centreX - x) * newScale / scale;
    y = centreY - (centreY - y) * newScale / scale;
    scale = newScale;
    render();
  }

  function moveBy(dx, dy) {
    x += dx;
    y += dy;
    render();
  }

  var actions = {
    'in': function () { zoomTo(scale * STEP); },
    'out': function () { zoomTo(scale / STEP); },
    'reset': function () { x = 0; y = 0; zoomTo(1); }
  };

  document.querySelectorAll('[data-diagram-zoom]').forEach(function (button) {
    button.addEventListener('click', actions[button.getAttribute('data-diagram-zoom')]);
  });

  var keys = {
    '+': actions['in'], '=': actions['in'], '-': actions.out, '0': actions.reset,
    'ArrowLeft': function () { moveBy(ARROW_STEP, 0); }, 'ArrowRight': function () { moveBy(-ARROW_STEP, 0); },
    'ArrowUp': function () { moveBy(0, ARROW_STEP); }, 'ArrowDown': function () { moveBy(0, -ARROW_STEP); }
  };
  viewport.addEventListener('keydown', function (event) {
    var action = keys[event.key];
    if (action && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      action();
    }
  });

  var drag = null;
  viewport.addEventListener('pointerdown', function (event) {
    drag = { pointer: event.pointerId, lastX: event.clientX, lastY: event.clientY };
    viewport.setPointerCapture(event.pointerId);
    viewport.classList.add('zt-dragging');
  });
  viewport.addEventListener('pointermove', function (event) {
    if (drag && drag.pointer === event.pointerId) {
      moveBy(event.clientX - drag.lastX, event.clientY - drag.lastY);
      drag.lastX = event.clientX;
      drag.lastY = event.clientY;
    }
  });
  function endDrag() {
    drag = null;
    viewport.classList.remove('zt-dragging');
  }
  viewport.addEventListener('pointerup', endDrag);
  viewport.addEventListener('pointercancel', endDrag);

  window.addEventListener('resize', render);
  image.addEventListener('load', render);
  render();
})();

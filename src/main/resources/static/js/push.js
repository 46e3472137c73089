// 提醒: new notifications arrive over server-sent events (/notifications/stream) as a pop-up (a Bootstrap toast) and
// a line in the scrolling reminder strip, and the bell's count refreshes. The stream reconnects when it ends or
// fails. Text goes in as text, never as markup; a link only to a path of this application.
// Other modules' events on the same stream (notification.PagePush) are handed on to the page as DOM events on the
// document ('zt:chat' for 在线联络's messages, detail = the event's JSON), for their own scripts (js/messages.js).
(function () {
  'use strict';
  var strip = document.getElementById('zt-reminders');
  var toasts = document.getElementById('zt-toasts');
  if (!strip || !toasts || !window.EventSource) {
    return;
  }
  var track = strip.querySelector('.zt-reminders-track');

  function localLink(link) {
    return typeof link === 'string' && link.charAt(0) === '/' && link.charAt(1) !== '/' ? link : null;
  }

  function remind(item) {
    var line = document.createElement(localLink(item.link) ? 'a' : 'span');
    if (localLink(item.link)) {
      line.href = item.link;
    }
    line.className = 'zt-reminder me-4';
    line.textContent = item.title;
    track.insertBefore(line, track.firstChild);
    while (track.children.length > 5) {
      track.removeChild(track.lastChild);
    }
    strip.classList.remove('d-none');
  }

  function popUp(item) {
    var toast = document.createElement('div');
    toast.className = 'toast zt-toast';
    toast.setAttribute('role', 'alert');
    var header = document.createElement('div');
    header.className = 'toast-header';
    var title = document.createElement(localLink(item.link) ? 'a' : 'strong');
    title.className = 'me-auto fw-semibold';
    title.textContent = item.title;
    if (localLink(item.link)) {
      title.href = item.link;
    }
    var close = document.createElement('button');
    close.type = 'button';
    close.className = 'btn-close';
    close.setAttribute('data-bs-dismiss', 'toast');
    close.setAttribute('aria-label', toasts.getAttribute('data-close') || '');
    header.appendChild(title);
    header.appendChild(close);
    toast.appendChild(header);
    if (item.body) {
      var body = document.createElement('div');
      body.className = 'toast-body';
      body.textContent = item.body;
      toast.appendChild(body);
    }
    toasts.appendChild(toast);
    toast.addEventListener('hidden.bs.toast', function () { toast.remove(); });
    if (window.bootstrap) {
      new window.bootstrap.Toast(toast, { delay: 10000 }).show();
    } else {
      toast.classList.add('show');
    }
  }

  function listen(stream) {
    stream.addEventListener('notification', function (event) {
      var item = JSON.parse(event.data);
      remind(item);
      popUp(item);
      document.body.dispatchEvent(new CustomEvent('notifications-changed', { bubbles: true }));
    });
    ['chat'].forEach(function (name) {
      stream.addEventListener(name, function (event) {
        var detail;
        try {
          detail = JSON.parse(event.data);
        } catch (e) {
          return;
        }
        document.dispatchEvent(new CustomEvent('zt:' + name, { detail: detail }));
      });
    });
  }

  // The browser retries a stream that broke off, but gives up for good after an answer that is not a stream (a 503
  // while the database was out of reach): then this page opens a new one, waiting longer each time, up to a minute.
  var retryDelay = 2000;
  function connect() {
    var stream = new EventSource(strip.getAttribute('data-stream'));
    stream.addEventListener('open', function () {
      retryDelay = 2000;
      strip.setAttribute('data-connected', 'true');
    });
    stream.addEventListener('error', function () {
      strip.removeAttribute('data-connected');
      if (stream.readyState === EventSource.CLOSED) {
        setTimeout(connect, retryDelay);
        retryDelay = Math.min(retryDelay * 2, 60000);
      }
    });
    listen(stream);
  }
  connect();
})();

// 在线联络: a new message arrives over the reminders' stream (js/push.js hands it on as the DOM event 'zt:chat').
// On every page the navigation bar's unread badge refreshes; on the open conversation the message is added at the
// bottom and, while the page is seen, marked read. The send box posts through the API (with an idempotency key) and
// adds the sent message without a reload; without this script the form posts and the page reloads.
// A message's text is only ever set as text (textContent); its http(s) addresses, cut out by the server, become
// links to a new tab with rel="noopener noreferrer". Nothing a person typed is parsed as markup.
(function () {
  'use strict';

  function changed() {
    document.body.dispatchEvent(new CustomEvent('messages-changed', { bubbles: true }));
  }

  function csrfHeaders() {
    var headers = {};
    try {
      var given = JSON.parse(document.body.getAttribute('hx-headers') || '{}');
      Object.keys(given).forEach(function (name) { headers[name] = given[name]; });
    } catch (e) {
      // no token: the server refuses, and says so
    }
    return headers;
  }

  function requestKey() {
    if (window.crypto && window.crypto.randomUUID) {
      return window.crypto.randomUUID();
    }
    return 'k-' + Date.now().toString(36) + '-' + Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
  }

  function safeLink(href) {
    return typeof href === 'string' && /^https?:\/\//i.test(href) ? href : null;
  }

  var chat = document.getElementById('chat');
  var conversation = chat ? chat.getAttribute('data-conversation') : null;
  var latest = chat && chat.getAttribute('data-latest') === 'true';

  function scrollDown() {
    chat.scrollTop = chat.scrollHeight;
  }

  // one message as the page shows it (the same structure as messages/conversation.html)
  function line(item) {
    var row = document.createElement('div');
    row.className = 'd-flex mb-2 zt-chat-line ' + (item.own ? 'justify-content-end zt-own' : 'justify-content-start');
    row.id = 'm-' + item.id;
    row.setAttribute('data-message', String(item.id));
    var bubble = document.createElement('div');
    bubble.className = 'rounded px-3 py-2 shadow-sm ' + (item.own ? 'bg-primary-subtle' : 'bg-body');
    bubble.style.maxWidth = '80%';
    bubble.style.whiteSpace = 'pre-wrap';
    bubble.style.overflowWrap = 'anywhere';
    var head = document.createElement('div');
    head.className = 'small text-muted mb-1';
    var sender = document.createElement('span');
    sender.className = 'zt-sender';
    sender.textContent = item.own ? (chat.getAttribute('data-me-label') || item.senderName) : item.senderName;
    var time = document.createElement('span');
    time.className = 'ms-2';
    time.textContent = item.sentAtText || '';
    head.appendChild(sender);
    head.appendChild(time);
    bubble.appendChild(head);
    var text = document.createElement('span');
    text.className = 'zt-message-text';
    (item.segments || []).forEach(function (segment) {
      var href = segment.href ? safeLink(segment.href) : null;
      if (href) {
        var link = document.createElement('a');
        link.href = href;
        link.rel = 'noopener noreferrer';
        link.target = '_blank';
        link.textContent = segment.text;
        text.appendChild(link);
      } else {
        text.appendChild(document.createTextNode(segment.text));
      }
    });
    bubble.appendChild(text);
    row.appendChild(bubble);
    return row;
  }

  function append(item) {
    if (document.getElementById('m-' + item.id)) {
      return;
    }
    var empty = document.getElementById('chat-empty');
    if (empty) {
      empty.remove();
    }
    chat.appendChild(line(item));
    scrollDown();
  }

  function markRead(upTo) {
    var headers = csrfHeaders();
    headers['Content-Type'] = 'application/json';
    fetch(chat.getAttribute('data-api') + '/read', {
      method: 'POST', credentials: 'same-origin', headers: headers, body: JSON.stringify({ upTo: upTo })
    }).then(changed, changed);
  }

  document.addEventListener('zt:chat', function (event) {
    var item = event.detail || {};
    if (chat && latest && String(item.conversationId) === conversation) {
      append({ id: item.id, own: false, senderName: item.senderName, sentAtText: item.sentAt, segments: item.segments });
      if (document.visibilityState === 'visible') {
        markRead(item.id);
        return;
      }
    }
    changed();
  });

  if (!chat) {
    return;
  }
  if (latest) {
    scrollDown();
  }

  var form = document.getElementById('send-form');
  var field = document.getElementById('text');
  if (!form || !field || !window.fetch) {
    return;
  }

  function showError(message) {
    var alert = document.getElementById('form-error');
    if (!alert) {
      alert = document.createElement('div');
      alert.className = 'alert alert-danger';
      alert.setAttribute('role', 'alert');
      alert.id = 'form-error';
      chat.parentNode.insertBefore(alert, chat);
    }
    alert.textContent = message;
  }

  function clearError() {
    var alert = document.getElementById('form-error');
    if (alert) {
      alert.remove();
    }
  }

  field.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      form.requestSubmit ? form.requestSubmit() : form.dispatchEvent(new Event('submit', { cancelable: true }));
    }
  });

  var sending = false;
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (sending || !field.value.trim()) {
      return;
    }
    sending = true;
    var headers = csrfHeaders();
    headers['Content-Type'] = 'application/json';
    headers['Accept'] = 'application/json';
    headers['Idempotency-Key'] = requestKey();
    fetch(chat.getAttribute('data-api') + '/messages', {
      method: 'POST', credentials: 'same-origin', headers: headers, body: JSON.stringify({ text: field.value })
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (body) {
        if (!response.ok) {
          showError(body.detail || body.title || String(response.status));
          return;
        }
        clearError();
        field.value = '';
        if (!latest) {
          window.location.href = chat.getAttribute('data-page') + '#m-' + body.id;
          return;
        }
        append({ id: body.id, own: true, senderName: body.senderName, sentAtText: body.sentAtText,
          segments: body.segments });
      });
    }).catch(function () {
      showError(chat.getAttribute('data-send-failed') || '');
    }).then(function () {
      sending = false;
      field.focus();
    });
  });
})();

/*
 * Checklists that remember. Every task list of a page becomes a working checklist: ticks are kept in this
 * browser (localStorage, nothing is sent anywhere) under the playbook's translationKey and each item's position,
 * so they survive reloads and rebuilds and are shared by the English and Dutch versions of a playbook.
 * The page provides its UI strings in a hidden .checklist-strings element, formatted by the build.
 */
(function () {
  'use strict';

  var PREFIX = 'playbooks:checklist:';

  function load(key) {
    try {
      var stored = JSON.parse(window.localStorage.getItem(PREFIX + key));
      return stored && typeof stored === 'object' ? stored : {};
    } catch (e) {
      return {};
    }
  }

  function save(key, state) {
    try {
      window.localStorage.setItem(PREFIX + key, JSON.stringify(state));
    } catch (e) {
      // Storage may be full or switched off; the ticks then last as long as the page.
    }
  }

  function strings() {
    var element = document.querySelector('.checklist-strings');
    function text(name, fallback) {
      return element && element.getAttribute('data-' + name) || fallback;
    }
    return {
      reset: text('reset', 'Reset'),
      copy: text('copy', 'Copy as Markdown'),
      copied: text('copied', 'Copied'),
      copyFailed: text('copy-failed', 'Copy failed'),
      progress: function (done, total) {
        var span = element && element.querySelector('[data-total="' + total + '"][data-done="' + done + '"]');
        return span ? span.textContent : done + ' / ' + total;
      }
    };
  }

  function button(label, className) {
    var element = document.createElement('button');
    element.type = 'button';
    element.className = className;
    element.textContent = label;
    return element;
  }

  function asMarkdown(items) {
    return items.map(function (item) {
      var box = item.querySelector('input[type=checkbox]');
      var text = item.querySelector('.task-text');
      return '- [' + (box.checked ? 'x' : ' ') + '] ' + (text ? text.textContent : item.textContent).trim();
    }).join('\n') + '\n';
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    return new Promise(function (resolve, reject) {
      var area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.className = 'visually-hidden';
      document.body.appendChild(area);
      area.select();
      var copied = false;
      try {
        copied = document.execCommand('copy');
      } catch (e) {
        copied = false;
      }
      document.body.removeChild(area);
      if (copied) {
        resolve();
      } else {
        reject(new Error('copy refused'));
      }
    });
  }

  function setUp(list, key, text) {
    var items = Array.prototype.slice.call(list.querySelectorAll(':scope > li[data-item]'));
    if (items.length === 0) {
      return null;
    }
    var status = document.createElement('p');
    status.className = 'checklist-progress';
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    var reset = button(text.reset, 'checklist-reset');
    var copy = button(text.copy, 'checklist-copy');
    var controls = document.createElement('div');
    controls.className = 'checklist-controls';
    controls.appendChild(status);
    controls.appendChild(reset);
    controls.appendChild(copy);
    list.parentNode.insertBefore(controls, list.nextSibling);

    function boxes() {
      return items.map(function (item) { return item.querySelector('input[type=checkbox]'); });
    }

    function show() {
      var state = load(key);
      var done = 0;
      items.forEach(function (item) {
        var box = item.querySelector('input[type=checkbox]');
        box.checked = state[item.getAttribute('data-item')] === true;
        if (box.checked) {
          done++;
        }
      });
      status.textContent = text.progress(done, items.length);
      badges();
    }

    boxes().forEach(function (box) {
      box.disabled = false;
      box.addEventListener('change', function () {
        var state = load(key);
        var id = box.closest('li[data-item]').getAttribute('data-item');
        if (box.checked) {
          state[id] = true;
        } else {
          delete state[id];
        }
        save(key, state);
        show();
      });
    });
    reset.addEventListener('click', function () {
      var state = load(key);
      items.forEach(function (item) { delete state[item.getAttribute('data-item')]; });
      save(key, state);
      show();
      boxes()[0].focus();
    });
    copy.addEventListener('click', function () {
      copyText(asMarkdown(items)).then(function () {
        status.textContent = text.copied;
      }, function () {
        status.textContent = text.copyFailed;
      });
    });
    show();
    return show;
  }

  /* "3/8" beside a playbook in the sidebar or on a card (data-progress="<translationKey> <items>"): how much of its
     checklist this reader has done. The badge is made here, so pages carry only the key and size. */
  function badges() {
    document.querySelectorAll('[data-progress]').forEach(function (entry) {
      var parts = entry.getAttribute('data-progress').split(' ');
      var state = load(parts[0]);
      var total = Number(parts[1]);
      var done = Math.min(total, Object.keys(state).filter(function (id) { return state[id] === true; }).length);
      var badge = entry.querySelector(':scope > .checklist-progress-badge');
      if (!badge && done > 0) {
        badge = document.createElement('span');
        badge.className = 'checklist-progress-badge';
        entry.appendChild(badge);
      }
      if (badge) {
        badge.textContent = done + '/' + total;
        badge.hidden = done === 0;
      }
    });
  }

  function start() {
    var text = strings();
    var refreshers = [];
    document.querySelectorAll('[data-translation-key]').forEach(function (scope) {
      var key = scope.getAttribute('data-translation-key');
      scope.querySelectorAll('ul.checklist, ol.checklist').forEach(function (list) {
        var refresh = setUp(list, key, text);
        if (refresh) {
          refreshers.push(refresh);
        }
      });
    });
    badges();
    // Ticks made in another tab or window show up here too.
    window.addEventListener('storage', function (event) {
      if (!event.key || event.key.indexOf(PREFIX) === 0) {
        refreshers.forEach(function (refresh) { refresh(); });
        badges();
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());

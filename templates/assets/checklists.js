/*
 * Checklists that remember. Every task list of a page becomes a working checklist: ticks are kept in this browser
 * (localStorage, nothing is sent anywhere) under the playbook's translationKey and each item's id, which the build
 * makes from the step's own words; a translation's items carry its source's ids. So a tick follows its step when
 * the author inserts, removes or reorders other steps, survives a typo fixed in the step itself (an id that changed
 * a little is matched to the one it was), and is shared by the English and Dutch versions of a playbook.
 *
 * Stored per playbook: {"v": 2, "done": {"<item id>": true}}. The first format, {"item-3": true} by position, is
 * turned into this one the first time a reader opens a page of the playbook, once.
 *
 * The functions that decide (migrating, matching, the export file) touch no page, so Node's tests run them as they
 * are; the rest wires them to the page, which provides its UI strings in a hidden .checklist-strings element.
 */
(() => {
  'use strict';
  const PREFIX = 'playbooks:checklist:';
  const FORMAT = 'playbooks-checklists';
  const VERSION = 1;

  /* What is kept for one playbook, in the current format, from whatever was stored. */
  const migrate = (stored, itemIds) => {
    if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return { v: 2, done: {} };
    if (stored.v === 2 && stored.done && typeof stored.done === 'object') return stored;
    /* The first format: item-N was the Nth item of the playbook's checklists, in page order. */
    const done = {};
    for (const [key, ticked] of Object.entries(stored)) {
      const position = /^item-(\d+)$/.exec(key);
      const id = position && itemIds[Number(position[1]) - 1];
      if (ticked === true && id) done[id] = true;
    }
    return { v: 2, done };
  };

  /* Edits that turn one id into the other, for ids short enough to compare. */
  const distance = (a, b) => {
    let row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const next = [i];
      for (let j = 1; j <= b.length; j++) {
        next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      }
      row = next;
    }
    return row[b.length];
  };

  /*
   * Ticks whose id the page no longer has (the step's words were edited) move to the page's id that is closest,
   * when it is close (a fifth of the id's letters at most) and nobody else's: a typo fixed keeps its tick, a step
   * rewritten or removed loses it rather than lend it to another step. Returns the moves, old id to new.
   */
  const match = (tickedIds, pageIds) => {
    const present = new Set(pageIds);
    const lost = tickedIds.filter((id) => !present.has(id));
    const free = pageIds.filter((id) => !tickedIds.includes(id));
    const moves = {};
    for (const id of lost) {
      const scored = free.map((candidate) => ({ candidate, edits: distance(id, candidate) }))
        .filter(({ candidate, edits }) => edits <= Math.floor(Math.max(id.length, candidate.length) / 5))
        .sort((x, y) => x.edits - y.edits);
      if (!scored.length || (scored.length > 1 && scored[1].edits === scored[0].edits)) continue;
      moves[id] = scored[0].candidate;
      free.splice(free.indexOf(scored[0].candidate), 1);
    }
    return moves;
  };

  /* The file a reader saves: every playbook's ticks on this site. */
  const exportFile = (site, checklists, now) => JSON.stringify({
    format: FORMAT, version: VERSION, site, saved: now.toISOString(), checklists
  }, null, 2);

  /* A saved file read back: {checklists} to load, or {error} naming what is wrong with it. Nothing half-read. */
  const importFile = (text, site) => {
    let data;
    try { data = JSON.parse(text); } catch (e) { return { error: 'notAFile' }; }
    if (!data || typeof data !== 'object' || data.format !== FORMAT || !Number.isInteger(data.version)) {
      return { error: 'notAFile' };
    }
    if (data.version > VERSION) return { error: 'newer' };
    if (data.version < VERSION) return { error: 'older' };
    if (data.site !== site) return { error: 'otherSite', site: String(data.site) };
    const checklists = data.checklists;
    if (!checklists || typeof checklists !== 'object' || Array.isArray(checklists)) return { error: 'notAFile' };
    for (const ids of Object.values(checklists)) {
      if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string' && /^[a-z0-9-]{1,80}$/.test(id))) {
        return { error: 'notAFile' };
      }
    }
    return { checklists };
  };

  if (typeof module === 'object' && typeof require === 'function') {
    module.exports = { migrate, match, distance, exportFile, importFile };
  }
  if (typeof document === 'undefined') return;

  /* Storage, which may be switched off or full: ticks then last as long as the page. */
  const read = (key) => {
    try { return JSON.parse(localStorage.getItem(PREFIX + key)); } catch (e) { return null; }
  };
  const write = (key, state) => {
    try { localStorage.setItem(PREFIX + key, JSON.stringify(state)); } catch (e) { /* kept for this page only */ }
  };
  const storedKeys = () => {
    const keys = [];
    try {
      for (let i = 0; i < localStorage.length; i++) {
        const key = localStorage.key(i);
        if (key.startsWith(PREFIX)) keys.push(key.slice(PREFIX.length));
      }
    } catch (e) { /* storage switched off: nothing stored */ }
    return keys;
  };

  /*
   * A playbook's ticks, brought to the current format and to the ids of the page that shows its items. Without
   * them (a badge only counts) nothing is rewritten: ticks in the first format wait for a page that can place them.
   */
  const load = (key, itemIds) => {
    const stored = read(key);
    if (!itemIds) {
      if (stored && stored.v === 2) return stored;
      const done = {};
      Object.entries(stored || {}).forEach(([id, ticked]) => { if (ticked === true) done[id] = true; });
      return { v: 2, done };
    }
    const state = migrate(stored, itemIds);
    let changed = stored !== null && stored.v !== 2;
    for (const [from, to] of Object.entries(match(Object.keys(state.done), itemIds))) {
      delete state.done[from];
      state.done[to] = true;
      changed = true;
    }
    if (changed) write(key, state);
    return state;
  };

  const texts = () => {
    const element = document.querySelector('.checklist-strings');
    const text = (name, fallback) => (element && element.getAttribute('data-' + name)) || fallback;
    return {
      text,
      progress: (done, total) => {
        const span = element && element.querySelector('[data-total="' + total + '"][data-done="' + done + '"]');
        return span ? span.textContent : done + ' / ' + total;
      }
    };
  };

  const button = (label, className) => {
    const element = document.createElement('button');
    element.type = 'button';
    element.className = className;
    element.textContent = label;
    return element;
  };

  const asMarkdown = (items) => items.map((item) => {
    const box = item.querySelector('input[type=checkbox]');
    const text = item.querySelector('.task-text');
    return '- [' + (box.checked ? 'x' : ' ') + '] ' + (text ? text.textContent : item.textContent).trim();
  }).join('\n') + '\n';

  const copyText = (value) => {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(value);
    return new Promise((resolve, reject) => {
      const area = document.createElement('textarea');
      area.value = value;
      area.setAttribute('readonly', '');
      area.className = 'visually-hidden';
      document.body.appendChild(area);
      area.select();
      let copied = false;
      try { copied = document.execCommand('copy'); } catch (e) { copied = false; }
      area.remove();
      if (copied) resolve(); else reject(new Error('copy refused'));
    });
  };

  /* "3/8" beside a playbook in the sidebar or on a card (data-progress="<translationKey> <items>"). */
  const badges = () => {
    document.querySelectorAll('[data-progress]').forEach((entry) => {
      const [key, size] = entry.getAttribute('data-progress').split(' ');
      const total = Number(size);
      const done = Math.min(total, Object.keys(load(key).done).length);
      let badge = entry.querySelector(':scope > .checklist-progress-badge');
      if (!badge && done > 0) {
        badge = entry.appendChild(document.createElement('span'));
        badge.className = 'checklist-progress-badge';
      }
      if (badge) {
        badge.textContent = done + '/' + total;
        badge.hidden = done === 0;
      }
    });
  };

  /* One checklist: its boxes enabled, and below it (in view while it is) progress, start over, copy and print. */
  const setUp = (list, key, scopeIds, text) => {
    const items = Array.from(list.querySelectorAll(':scope > li[data-item]'));
    if (!items.length) return null;
    const idOf = (item) => item.getAttribute('data-item');
    const block = document.createElement('div');
    block.className = 'checklist-block';
    list.before(block);
    block.appendChild(list);
    /* The progress sits between the list and the buttons, so that it alone stays in view while ticking. */
    const status = block.appendChild(document.createElement('p'));
    status.className = 'checklist-progress';
    status.setAttribute('role', 'status');
    const controls = block.appendChild(document.createElement('div'));
    controls.className = 'checklist-controls';
    const reset = controls.appendChild(button(text.text('reset', 'Start over'), 'checklist-reset'));
    const copy = controls.appendChild(button(text.text('copy', 'Copy as Markdown'), 'checklist-copy'));
    const print = controls.appendChild(button(text.text('print-ticks', 'Print with my ticks'), 'checklist-print'));
    const undo = button(text.text('undo', 'Undo'), 'checklist-undo');
    undo.hidden = true;
    controls.insertBefore(undo, reset);
    let undoTimer = null;

    const boxes = () => items.map((item) => item.querySelector('input[type=checkbox]'));
    const show = (message) => {
      const state = load(key, scopeIds);
      let done = 0;
      for (const item of items) {
        const box = item.querySelector('input[type=checkbox]');
        box.checked = state.done[idOf(item)] === true;
        if (box.checked) done++;
      }
      status.textContent = message || text.progress(done, items.length);
      badges();
    };

    boxes().forEach((box) => {
      box.disabled = false;
      box.addEventListener('change', () => {
        const state = load(key, scopeIds);
        const id = idOf(box.closest('li[data-item]'));
        if (box.checked) state.done[id] = true; else delete state.done[id];
        write(key, state);
        show();
      });
    });
    /* Start over asks nothing, and offers to undo it for a while instead. */
    reset.addEventListener('click', () => {
      const state = load(key, scopeIds);
      const cleared = items.map(idOf).filter((id) => state.done[id]);
      cleared.forEach((id) => delete state.done[id]);
      write(key, state);
      clearTimeout(undoTimer);
      undo.hidden = cleared.length === 0;
      show(cleared.length ? text.text('cleared', 'Checklist cleared.') : undefined);
      undo.onclick = () => {
        const now = load(key, scopeIds);
        cleared.forEach((id) => { now.done[id] = true; });
        write(key, now);
        undo.hidden = true;
        show(text.text('restored', 'Your ticks are back.'));
        boxes()[0].focus();
      };
      undoTimer = setTimeout(() => { undo.hidden = true; }, 15000);
    });
    copy.addEventListener('click', () => {
      copyText(asMarkdown(items)).then(() => { status.textContent = text.text('copied', 'Copied'); },
        () => { status.textContent = text.text('copy-failed', 'Copy failed'); });
    });
    /* Printed, boxes are empty to tick on paper, unless the reader asks for their own ticks. */
    print.addEventListener('click', () => {
      document.documentElement.setAttribute('data-print-ticks', '');
      window.addEventListener('afterprint', () => document.documentElement.removeAttribute('data-print-ticks'),
        { once: true });
      window.print();
    });
    show();
    return () => show();
  };

  /* The checklists page lets a reader take every playbook's ticks to another browser, and back, as a file. */
  const transfer = (text) => {
    const section = document.querySelector('.progress-transfer');
    if (!section) return;
    const site = section.getAttribute('data-site');
    const status = section.querySelector('.progress-transfer-status');
    const say = (name, fallback) => { status.textContent = section.getAttribute('data-' + name) || fallback; };
    section.hidden = false;
    section.querySelector('.progress-export').addEventListener('click', () => {
      const checklists = {};
      for (const key of storedKeys()) {
        const done = Object.keys(load(key).done);
        if (done.length) checklists[key] = done;
      }
      const file = new Blob([exportFile(site, checklists, new Date())], { type: 'application/json' });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(file);
      link.download = 'playbooks-progress.json';
      document.body.appendChild(link);
      link.click();
      link.remove();
      say('exported', 'Saved.');
    });
    section.querySelector('.progress-import').addEventListener('change', (event) => {
      const chosen = event.target.files[0];
      if (!chosen) return;
      chosen.text().then((content) => {
        const read = importFile(content, site);
        if (read.error) {
          const name = { notAFile: 'not-a-file', newer: 'newer', older: 'older', otherSite: 'other-site' }[read.error];
          say(name, 'Nothing was changed.');
          status.textContent = status.textContent.replace('{site}', () => read.site || '');
          return;
        }
        for (const [key, ids] of Object.entries(read.checklists)) {
          const done = {};
          ids.forEach((id) => { done[id] = true; });
          write(key, { v: 2, done });
        }
        say('imported', 'Loaded.');
        refreshAll();
      }, () => say('unreadable', 'The file could not be read; nothing was changed.'));
      event.target.value = '';
    });
  };

  const refreshers = [];
  const refreshAll = () => { refreshers.forEach((refresh) => refresh()); badges(); };

  const start = () => {
    const text = texts();
    document.querySelectorAll('[data-translation-key]').forEach((scope) => {
      const key = scope.getAttribute('data-translation-key');
      const scopeIds = Array.from(scope.querySelectorAll('li[data-item]')).map((item) => item.getAttribute('data-item'));
      load(key, scopeIds);
      scope.querySelectorAll('ul.checklist, ol.checklist').forEach((list) => {
        const refresh = setUp(list, key, scopeIds, text);
        if (refresh) refreshers.push(refresh);
      });
    });
    badges();
    transfer(text);
    /* Ticks made in another tab or window show up here too. */
    window.addEventListener('storage', (event) => {
      if (!event.key || event.key.startsWith(PREFIX)) refreshAll();
    });
  };

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();

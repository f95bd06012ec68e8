/* Search for the playbooks, in the browser, against the index the build wrote for each language: the search box in
   a dialog the page header opens, and the loading of everything else. Everything arrives as classic scripts (this file, the
   modules in search/, <lang>/search-index.js, <lang>/search/<page>.js), because a site opened from disk (file://)
   may not fetch, nor import modules. Every page loads this file and, without waiting for them, the two small modules
   of text (folding, snippets); the modules that decode, expand and rank load with the index, when a reader first
   focuses the box, so pages read without searching stay light. */
(() => {
  'use strict';
  const modules = (globalThis.PlaybooksSearchModules ??= {});
  /* The modules lie beside this script, wherever the page that loaded it is. */
  const here = document.currentScript.src;
  const TEXT_MODULES = ['fold', 'snippet'];
  const SEARCH_MODULES = [...TEXT_MODULES, 'index', 'query', 'rank'];

  /* Loading: classic <script> elements, cached per address; one that failed may be tried again. Modules must run in
     the order given (each reads the ones before it), yet may download at the same time. */
  const scripts = new Map();
  const loadScript = (url, inOrder) => {
    if (!scripts.has(url)) {
      scripts.set(url, new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = url;
        script.async = !inOrder;
        script.onload = resolve;
        script.onerror = () => { scripts.delete(url); reject(new Error('cannot load ' + url)); };
        document.head.appendChild(script);
      }));
    }
    return scripts.get(url);
  };

  /* A module whose script loaded but did not run through (one it needs had failed to load) is loaded again the next
     time, after that one. */
  const loadModule = (name) => {
    const url = new URL('search/' + name + '.js', here).href;
    return loadScript(url, true).then(() => {
      if (modules[name]) return;
      scripts.delete(url);
      throw new Error('cannot run ' + url);
    });
  };
  const loadModules = (names) => Promise.all(names.map(loadModule));

  /* A module that must have loaded by now: the page's load event waits for the text modules. */
  const loaded = (name) => {
    if (!modules[name]) throw new Error('search/' + name + '.js has not loaded yet');
    return modules[name];
  };
  const snippet = (text, lang, marked, length) => loaded('snippet').snippet(text, lang, marked, length);

  /* An index names the stemmer of its language, which comes after it: a page never loads one it does not search. */
  const indexes = new Map();
  const load = (lang, url) => {
    const address = new URL(url, document.baseURI).href;
    return Promise.all([loadModules(SEARCH_MODULES), loadScript(address)]).then(() => {
      const data = (window.playbooksSearchIndex || {})[lang];
      if (!data) throw new Error('no search index for ' + lang);
      return data.stemmer ? loadModule('stem-' + data.stemmer).then(() => data) : data;
    }).then((data) => {
      if (!indexes.has(lang)) indexes.set(lang, new modules.rank.SearchIndex(data, address));
      return indexes.get(lang);
    });
  };

  /* A page's text per section ([summary, intro, section 1, …]), loaded when one of its results is shown. */
  const pageText = (index, slug) =>
    loadScript(new URL('search/' + encodeURIComponent(slug) + '.js', index.url).href)
      .then(() => (window.playbooksSearchText || {})[index.lang + '/' + slug]);

  const element = (name, className, attributes, text) => {
    const node = document.createElement(name);
    if (className) node.className = className;
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
    if (text !== undefined) node.textContent = text;
    return node;
  };

  /* The search box, in a dialog over the page: a combobox whose list of results is navigated from the input. */
  class SearchBox {
    constructor(form) {
      this.form = form;
      this.input = form.querySelector('input');
      this.list = form.querySelector('.search-results');
      this.status = form.querySelector('.search-status');
      this.buttons = Array.from(form.querySelectorAll('button[data-lang]'));
      this.pageLang = this.lang = form.dataset.lang;
      this.index = form.dataset.index;
      this.active = -1;
      this.run = 0;
      this.dialog = form.closest('dialog');
      form.addEventListener('submit', (event) => { event.preventDefault(); this.open(); });
      this.input.addEventListener('input', () => this.search());
      this.input.addEventListener('focus', () => load(this.lang, this.index).catch(() => {}));
      this.input.addEventListener('keydown', (event) => this.key(event));
      for (const button of this.buttons) button.addEventListener('click', () => this.choose(button));
      document.addEventListener('click', (event) => { if (!form.contains(event.target)) this.close(); });
      if (this.dialog) this.openedBy(this.dialog);
    }

    /* The header's button and the / key open the dialog; its close button, Escape and a click beside it close it. */
    openedBy(dialog) {
      const reveal = () => {
        if (!dialog.open) dialog.showModal();
        this.input.focus();
        this.input.select();
      };
      document.querySelectorAll('.search-button').forEach((button) => button.addEventListener('click', reveal));
      document.addEventListener('keydown', (event) => {
        if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || dialog.open) return;
        const target = event.target;
        if (target.closest && target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return;
        event.preventDefault();
        reveal();
      });
      dialog.querySelector('.search-close').addEventListener('click', () => dialog.close());
      dialog.addEventListener('click', (event) => { if (event.target === dialog) dialog.close(); });
    }

    choose(button) {
      for (const b of this.buttons) b.setAttribute('aria-pressed', String(b === button));
      this.lang = button.dataset.lang;
      this.index = button.dataset.index;
      this.input.focus();
      this.search();
    }

    search() {
      const query = this.input.value, run = ++this.run, lang = this.lang;
      if (!query.trim()) { this.show(null, query); return; }
      /* Said only when loading is slow enough to notice, so a quick answer does not flicker. */
      const timer = setTimeout(() => { this.status.textContent = this.form.dataset.loading; }, 300);
      load(lang, this.index).then((index) => {
        clearTimeout(timer);
        if (run === this.run) this.show(index, query, index.search(query, 8));
      }, () => {
        clearTimeout(timer);
        if (run === this.run) this.status.textContent = this.form.dataset.failed;
      });
    }

    show(index, query, found) {
      const data = this.form.dataset;
      this.list.textContent = '';
      this.active = -1;
      this.input.removeAttribute('aria-activedescendant');
      if (!index) { this.status.textContent = ''; this.close(); return; }
      const results = found.results, marked = new Set(found.words);
      if (!results.length) {
        const shown = query.trim().length > 60 ? query.trim().slice(0, 60) + '…' : query.trim();
        /* A function, so that "$&" and the like in the query stay as typed. */
        this.status.textContent = data.none.replace('{query}', () => shown);
        this.close();
        return;
      }
      this.status.textContent = results.length === 1 ? data.one : data.many.replace('{count}', results.length);
      results.forEach((result, i) => this.list.appendChild(this.item(index, result, i, marked)));
      this.list.hidden = false;
      this.input.setAttribute('aria-expanded', 'true');
    }

    /* One result; its snippet follows when the page's text has loaded. */
    item(index, result, i, marked) {
      const item = element('li', '', { id: 'search_result_' + i, role: 'option', 'aria-selected': 'false' });
      if (result.lang !== this.pageLang) item.lang = result.lang;
      const link = element('a', '', { href: result.href, tabindex: '-1' });
      link.appendChild(element('span', 'search-title', {}, result.title));
      if (result.heading) link.appendChild(element('span', 'search-section', {}, result.heading));
      const excerpt = link.appendChild(element('span', 'search-snippet', {}));
      item.appendChild(link);
      pageText(index, result.slug).then((texts) => {
        if (!texts) return;
        let parts = snippet(texts[result.section + 1] || '', index.lang, marked);
        if (!parts.length) parts = snippet(texts[0] || '', index.lang, marked);
        if (!parts.length) parts = [[texts[0] || '', false]];
        for (const [text, isMarked] of parts) {
          excerpt.appendChild(isMarked ? element('mark', '', {}, text) : document.createTextNode(text));
        }
      }, () => {});
      return item;
    }

    close() {
      this.list.hidden = true;
      this.input.setAttribute('aria-expanded', 'false');
    }

    key(event) {
      const items = this.list.children;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        if (!items.length) return;
        event.preventDefault();
        this.list.hidden = false;
        this.input.setAttribute('aria-expanded', 'true');
        const step = event.key === 'ArrowDown' ? 1 : -1;
        this.select((this.active + step + items.length + (this.active < 0 && step < 0 ? 1 : 0)) % items.length);
      } else if (event.key === 'Escape') {
        /* First the list closes, then the query clears, then the dialog closes (the browser's own Escape). */
        this.run++; /* an answer still on its way must not reopen the list */
        if (!this.list.hidden) {
          event.preventDefault();
          this.close();
        } else if (this.input.value) {
          event.preventDefault();
          this.input.value = '';
          this.show(null, '');
        }
      }
    }

    select(i) {
      const items = this.list.children;
      if (this.active >= 0 && items[this.active]) items[this.active].setAttribute('aria-selected', 'false');
      this.active = i;
      items[i].setAttribute('aria-selected', 'true');
      this.input.setAttribute('aria-activedescendant', items[i].id);
      items[i].scrollIntoView({ block: 'nearest' });
    }

    /* Enter: the chosen result, or the first. */
    open() {
      const items = this.list.children, item = items[this.active >= 0 ? this.active : 0];
      if (item && !this.list.hidden) window.location.href = item.querySelector('a').href;
    }
  }

  /* For the tests and for anyone scripting the site: the same functions the search box uses. The modules behind
     fold, words and snippet load at once, because these answer synchronously; the page's load event waits for them. */
  loadModules(TEXT_MODULES).catch(() => {});
  window.PlaybooksSearch = {
    fold: (text) => loaded('fold').fold(text),
    words: (text, lang) => loaded('fold').words(text, lang || 'en'),
    load,
    search: (lang, query, limit) => indexes.get(lang).search(query, limit),
    snippet
  };

  const start = () => {
    const form = document.getElementById('search');
    if (form && form.dataset.index) new SearchBox(form);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();

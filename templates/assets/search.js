/* Search for the playbooks, in the browser, against the index the build wrote for each language: the search box in
   a dialog the page header opens, each language's results page, and the loading of everything else. Everything arrives as classic scripts (this file, the
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

  /* Calls back once the element is on screen: a snippet's text loads only for a result a reader can see. */
  const observer = typeof IntersectionObserver === 'function' && new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      entry.target.onVisible();
    }
  });
  const whenVisible = (node, callback) => {
    if (!observer) { callback(); return; }
    node.onVisible = callback;
    observer.observe(node);
  };

  /* A result's link: the playbook, the section that matched, and a snippet once the page's text has loaded. */
  const resultLink = (index, result, marked, attributes) => {
    const link = element('a', '', { href: result.href, ...attributes });
    link.appendChild(element('span', 'search-title', {}, result.title));
    if (result.heading) link.appendChild(element('span', 'search-section', {}, result.heading));
    const excerpt = link.appendChild(element('span', 'search-snippet', {}));
    whenVisible(link, () => pageText(index, result.slug).then((texts) => {
      if (!texts) return;
      let parts = snippet(texts[result.section + 1] || '', index.lang, marked);
      if (!parts.length) parts = snippet(texts[0] || '', index.lang, marked);
      if (!parts.length) parts = [[texts[0] || '', false]];
      for (const [text, isMarked] of parts) {
        excerpt.appendChild(isMarked ? element('mark', '', {}, text) : document.createTextNode(text));
      }
    }, () => {}));
    return link;
  };

  /* The address of a language's results page for a query. */
  const resultsAddress = (page, query) => page + '?q=' + encodeURIComponent(query.trim());

  /* What the status says of a search: how many results, or none, and the words that matched nothing. A function
     replaces, so that "$&" and the like in the query stay as typed. */
  const describe = (strings, query, found) => {
    const results = found.results, shown = query.trim().length > 60 ? query.trim().slice(0, 60) + '…' : query.trim();
    if (!results.length) return strings.none.replace('{query}', () => shown);
    const count = results.length === 1 ? strings.one : strings.many.replace('{count}', results.length);
    if (!found.missing.length) return count;
    return count + ' · ' + strings.missing.replace('{words}', () => found.missing.join(' '));
  };

  /* When the page's language finds nothing, or leaves words unmatched, another language that covers more of the
     query is worth a look: its language (the element that names it) and how many it finds. */
  const otherLanguage = (languages, query, found, limit) => {
    if (found.results.length && !found.missing.length) return Promise.resolve(null);
    const tries = languages.map((language) => load(language.dataset.lang, language.dataset.index).then((index) => {
      const there = index.search(query, limit);
      const better = there.results.length && (!found.results.length || there.covered > found.covered);
      return better ? { language, count: there.results.length } : null;
    }, () => null));
    return Promise.all(tries).then((offers) => offers.find(Boolean) || null);
  };

  const offerText = (strings, offer) => (offer.count === 1 ? strings.otherOne : strings.otherMany)
    .replace('{count}', () => offer.count).replace('{language}', () => offer.language.dataset.name);

  /* The header's button and the / key (not while typing elsewhere) bring the reader to search. */
  const openedBy = (reveal) => {
    document.querySelectorAll('.search-button').forEach((button) => button.addEventListener('click', reveal));
    document.addEventListener('keydown', (event) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target;
      if (target.closest && target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return;
      event.preventDefault();
      reveal();
    });
  };

  /* The search box, in a dialog over the page: a combobox whose list of results is navigated from the input. */
  class SearchBox {
    constructor(form) {
      this.form = form;
      this.input = form.querySelector('input');
      this.list = form.querySelector('.search-results');
      this.status = form.querySelector('.search-status');
      this.other = form.querySelector('.search-other');
      this.all = form.querySelector('.search-all');
      this.buttons = Array.from(form.querySelectorAll('button[data-lang]'));
      this.pageLang = this.lang = form.dataset.lang;
      this.index = form.dataset.index;
      this.results = form.dataset.results;
      this.active = -1;
      this.run = 0;
      this.dialog = form.closest('dialog');
      form.addEventListener('submit', (event) => { event.preventDefault(); this.open(); });
      this.input.addEventListener('input', () => this.search());
      this.input.addEventListener('focus', () => load(this.lang, this.index).catch(() => {}));
      this.input.addEventListener('keydown', (event) => this.key(event));
      for (const button of this.buttons) button.addEventListener('click', () => this.choose(button));
      this.other.querySelector('button').addEventListener('click', () => this.choose(this.offered));
      document.addEventListener('click', (event) => { if (!form.contains(event.target)) this.close(); });
      if (this.dialog) this.openedBy(this.dialog);
    }

    /* The header's button and the / key open the dialog; its close button, Escape and a click beside it close it. */
    openedBy(dialog) {
      openedBy(() => {
        if (!dialog.open) dialog.showModal();
        this.input.focus();
        this.input.select();
      });
      dialog.querySelector('.search-close').addEventListener('click', () => dialog.close());
      dialog.addEventListener('click', (event) => { if (event.target === dialog) dialog.close(); });
    }

    choose(button) {
      for (const b of this.buttons) b.setAttribute('aria-pressed', String(b === button));
      this.lang = button.dataset.lang;
      this.index = button.dataset.index;
      this.results = button.dataset.results;
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
        if (run !== this.run) return;
        const found = index.search(query, 8);
        this.show(index, query, found);
        const others = this.buttons.filter((button) => button.dataset.lang !== lang);
        return otherLanguage(others, query, found, 8).then((offer) => { if (run === this.run) this.offer(offer); });
      }, () => {
        clearTimeout(timer);
        if (run === this.run) this.status.textContent = this.form.dataset.failed;
      });
    }

    offer(offer) {
      this.offered = offer && offer.language;
      this.other.hidden = !offer;
      if (offer) this.other.querySelector('button').textContent = offerText(this.form.dataset, offer);
    }

    show(index, query, found) {
      this.list.textContent = '';
      this.active = -1;
      this.input.removeAttribute('aria-activedescendant');
      this.offer(null);
      this.all.hidden = true;
      if (!index) { this.status.textContent = ''; this.close(); return; }
      const results = found.results, marked = new Set(found.words);
      this.status.textContent = describe(this.form.dataset, query, found);
      if (!results.length) { this.close(); return; }
      results.forEach((result, i) => this.list.appendChild(this.item(index, result, i, marked)));
      this.list.hidden = false;
      this.input.setAttribute('aria-expanded', 'true');
      const link = this.all.querySelector('a');
      link.href = resultsAddress(this.results, query);
      link.textContent = this.form.dataset.all.replace('{query}', () => query.trim());
      this.all.hidden = false;
    }

    item(index, result, i, marked) {
      const item = element('li', '', { id: 'search_result_' + i, role: 'option', 'aria-selected': 'false' });
      if (result.lang !== this.pageLang) item.lang = result.lang;
      item.appendChild(resultLink(index, result, marked, { tabindex: '-1' }));
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

    /* Enter: the chosen result; without one, the results page of the language searched, with every result. */
    open() {
      const item = this.list.children[this.active];
      if (item && !this.list.hidden) window.location.href = item.querySelector('a').href;
      else if (this.input.value.trim()) window.location.href = resultsAddress(this.results, this.input.value);
    }
  }

  /* A language's results page: every result of the query in its address, with snippets. Its field searches again
     by going to the page with the new query, so that the address always says what the page shows. */
  class ResultsPage {
    constructor(form) {
      const main = form.closest('main');
      this.form = form;
      this.input = form.querySelector('input');
      this.status = main.querySelector('.search-status');
      this.other = main.querySelector('.search-other');
      this.list = main.querySelector('.search-list');
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        if (this.input.value.trim()) window.location.href = resultsAddress(form.dataset.results, this.input.value);
      });
      openedBy(() => { this.input.focus(); this.input.select(); });
      const query = new URLSearchParams(window.location.search).get('q') || '';
      this.input.value = query;
      if (query.trim()) this.search(query); else this.input.focus();
      /* The same query in another language is the other language's version of this page. */
      if (query.trim()) {
        for (const link of document.querySelectorAll('.language-switcher a[hreflang]')) {
          link.href = resultsAddress(link.href, query);
        }
      }
    }

    /* Everything the page says of the query appears at once, the offer of another language included, so that
       nothing a reader has begun to read moves. */
    search(query) {
      const data = this.form.dataset;
      load(data.lang, data.index).then((index) => {
        const found = index.search(query, RESULTS_PAGE);
        const others = Array.from(this.form.querySelectorAll('[data-lang][data-index]'));
        return otherLanguage(others, query, found, RESULTS_PAGE).then((offer) => this.show(index, query, found, offer));
      }, () => { this.status.textContent = data.failed; });
    }

    show(index, query, found, offer) {
      const data = this.form.dataset, marked = new Set(found.words), items = document.createDocumentFragment();
      for (const result of found.results) {
        const item = items.appendChild(element('li', 'search-list-item', {}));
        if (result.lang !== data.lang) item.lang = result.lang;
        item.appendChild(resultLink(index, result, marked, {}));
      }
      this.status.textContent = describe(data, query, found);
      if (offer) {
        const link = this.other.querySelector('a');
        link.href = resultsAddress(offer.language.dataset.results, query);
        link.hreflang = offer.language.dataset.lang;
        link.textContent = offerText(data, offer);
        this.other.hidden = false;
      }
      this.list.appendChild(items);
    }
  }
  /* The results page lists them all; a list this long is past what anyone reads. */
  const RESULTS_PAGE = 100;

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
    const page = document.getElementById('search_page');
    if (page && page.dataset.index) new ResultsPage(page);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();

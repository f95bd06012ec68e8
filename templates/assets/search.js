/* Search for the playbooks, in the browser, against the index the build wrote for each language.
   Everything arrives as classic scripts (this file, <lang>/search-index.js, <lang>/search/<page>.js), because
   a site opened from disk (file://) may not fetch. The index holds every word with its stem group, so no
   stemmer runs here: a reader's word is looked up, not analysed. */
(function () {
  'use strict';

  /* Folding and word breaks: must stay identical to dev.playbooks.i18n.Words (folding-vectors.tsv holds both). */
  var SPELLED = { 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ł': 'l', 'ı': 'i',
    'ς': 'σ', '\u2018': "'", '\u2019': "'", '\u02bc': "'" };
  var SPELLED_RE = /[ßæœøđðþłıς\u2018\u2019\u02bc]/g;
  var INVISIBLE_RE = /[\p{Mn}\p{Me}\p{Cf}]/gu;
  var SEPARATOR_RE = /[^\p{L}\p{N}]+/u;
  var ASCII_RE = /^[\x00-\x7f]*$/;
  var FALLBACK_WORD_RE = /[\p{L}\p{N}\p{M}\p{Cf}]+(?:['\u2019.:_][\p{L}\p{N}\p{M}\p{Cf}]+)*/gu;

  function fold(text) {
    if (ASCII_RE.test(text)) return text.toLowerCase();
    return text.toLowerCase().normalize('NFKD').replace(INVISIBLE_RE, '')
      .replace(SPELLED_RE, function (c) { return SPELLED[c]; }).toLowerCase();
  }

  var segmenters = {};
  /* The word-like segments of a text as [start, end) pairs, by Unicode's word-break rules. */
  function segments(text, lang) {
    var found = [];
    if (typeof Intl === 'object' && Intl.Segmenter) {
      var segmenter = segmenters[lang] || (segmenters[lang] = new Intl.Segmenter(lang, { granularity: 'word' }));
      for (var part of segmenter.segment(text)) {
        if (part.isWordLike) found.push([part.index, part.index + part.segment.length]);
      }
    } else {
      FALLBACK_WORD_RE.lastIndex = 0;
      for (var m; (m = FALLBACK_WORD_RE.exec(text));) found.push([m.index, m.index + m[0].length]);
    }
    return found;
  }

  /* Folded words with the place of the segment each came from: apostrophes dropped, other joiners split. */
  function wordsOf(text, lang) {
    var words = [];
    segments(text, lang).forEach(function (segment) {
      fold(text.slice(segment[0], segment[1])).replace(/'/g, '').split(SEPARATOR_RE).forEach(function (word) {
        if (word) words.push({ word: word, start: segment[0], end: segment[1] });
      });
    });
    return words;
  }

  /* The index of one language. */
  var ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  var DIGIT = new Int8Array(128);
  for (var d = 0; d < ALPHABET.length; d++) DIGIT[ALPHABET.charCodeAt(d)] = d;
  var WEIGHT = [1, 2, 4, 8]; /* body, checklist item, heading or summary, title */
  var EXACT = 1, STEM = 0.8, INFERRED = 0.7, PREFIX = 0.6, COMPOUND = 0.5, TYPO = 0.45;
  var MAX_QUERY = 300, MAX_WORDS = 8, MAX_COMPLETIONS = 40, MAX_CACHED = 2000;

  function varints(text) {
    var values = [], value = 0, shift = 0;
    for (var i = 0; i < text.length; i++) {
      var digit = DIGIT[text.charCodeAt(i)];
      value |= (digit & 31) << shift;
      if (digit >= 32) { shift += 5; } else { values.push(value); value = 0; shift = 0; }
    }
    return values;
  }

  function Index(data, url) {
    var self = this;
    this.lang = data.lang;
    this.url = url;
    this.suffix = data.suffix;
    this.compounds = data.compounds;
    this.stop = new Set(data.stop ? data.stop.split(' ') : []);
    this.pages = data.pages;
    this.words = data.words ? data.words.split(' ') : [];
    this.ids = new Map();
    this.words.forEach(function (word, id) { self.ids.set(word, id); });
    this.postingText = data.postings;
    this.cache = new Map();
    var starts = this.starts = new Int32Array(this.pages.length + 1);
    this.pages.forEach(function (page, p) { starts[p + 1] = starts[p] + 1 + (page.length - 2) / 2; });
    var slots = starts[this.pages.length];
    this.slotPage = new Int32Array(slots);
    for (var p = 0; p < this.pages.length; p++) this.slotPage.fill(p, starts[p], starts[p + 1]);
    this.groupOf = new Int32Array(this.words.length).fill(-1);
    this.groups = [];
    this.stems = new Map();
    /* Groups: first word (as a gap), further words (gaps), stems (prefix lengths of the first word, or 0 for
       the next of data.stems). */
    var values = varints(data.groups), other = data.stems ? data.stems.split(' ') : [], first = -1;
    for (var v = 0, o = 0; v < values.length;) {
      var g = this.groups.length, id = first += values[v++] + 1, members = [id];
      for (var more = values[v++]; more > 0; more--) members.push(id += values[v++] + 1);
      members.forEach(function (member) { self.groupOf[member] = g; });
      this.groups.push(members);
      for (var stems = values[v++]; stems > 0; stems--) {
        var length = values[v++];
        this.stems.set(length ? this.words[first].slice(0, length) : other[o++], g);
      }
    }
    /* Scratch space reused by every search, so typing does not allocate per keystroke. */
    this.slotScore = new Float64Array(slots);
    this.slotSection = new Float64Array(slots);
    this.sectionScore = new Float64Array(slots);
    this.pageBest = new Float64Array(this.pages.length);
    this.pageScore = new Float64Array(this.pages.length);
    this.pageWords = new Int32Array(this.pages.length);
  }

  /* A word's postings, decoded once: slot << 2 | weight, and on how many pages it occurs. */
  Index.prototype.postings = function (id) {
    var cached = this.cache.get(id);
    if (cached) return cached;
    var text = this.postingText[id], out = new Int32Array(text.length), n = 0;
    var value = 0, shift = 0, slot = -1, pages = 0, lastPage = -1;
    for (var i = 0; i < text.length; i++) {
      var digit = DIGIT[text.charCodeAt(i)];
      value |= (digit & 31) << shift;
      if (digit >= 32) { shift += 5; continue; }
      slot += (value >>> 2) + 1;
      out[n++] = slot << 2 | (value & 3);
      var page = this.slotPage[slot];
      if (page !== lastPage) { pages++; lastPage = page; }
      value = 0;
      shift = 0;
    }
    cached = { slots: out.subarray(0, n), pages: pages };
    if (this.cache.size >= MAX_CACHED) this.cache.clear(); /* a long session must not decode the whole index */
    this.cache.set(id, cached);
    return cached;
  };

  Index.prototype.group = function (id) {
    var g = this.groupOf[id];
    return g < 0 ? [id] : this.groups[g];
  };

  /* The words of the index a reader's word stands for, each with how well it matches (EXACT … TYPO). */
  Index.prototype.expand = function (word, open) {
    var self = this, found = new Map();
    function add(id, quality) { if (!(found.get(id) >= quality)) found.set(id, quality); }
    function addGroup(id, quality) { self.group(id).forEach(function (member) { add(member, quality); }); }
    if (this.stop.has(word)) {
      if (open) this.completions(word, add);
      return found;
    }
    var id = this.ids.get(word);
    if (id !== undefined) {
      addGroup(id, STEM);
      add(id, EXACT);
    } else {
      this.inferStem(word, add);
    }
    if (open) this.completions(word, add);
    if (this.compounds && word.length >= 5) this.compoundParts(word, found, add);
    if (!found.size && word.length >= 5) this.typos(word, addGroup);
    return found;
  };

  /* A word the site never uses may still start with a stem it does: "empowers" with "empower". */
  Index.prototype.inferStem = function (word, add) {
    for (var length = word.length; length >= Math.max(3, word.length - 4); length--) {
      var start = word.slice(0, length);
      var group = this.stems.get(start);
      if (group !== undefined) {
        this.groups[group].forEach(function (id) { add(id, INFERRED); });
        return;
      }
      var id = this.ids.get(start);
      if (id !== undefined) {
        this.group(id).forEach(function (member) { add(member, INFERRED * STEM); });
        add(id, INFERRED);
        return;
      }
    }
  };

  /* The word being typed: the index's words that start with it, the most used first. */
  Index.prototype.completions = function (prefix, add) {
    var words = this.words, low = 0, high = words.length;
    while (low < high) {
      var mid = (low + high) >>> 1;
      if (words[mid] < prefix) low = mid + 1; else high = mid;
    }
    var candidates = [];
    for (var i = low; i < words.length && words[i].startsWith(prefix); i++) candidates.push(i);
    var text = this.postingText;
    if (candidates.length > MAX_COMPLETIONS) {
      candidates.sort(function (a, b) { return text[b].length - text[a].length; });
      candidates.length = MAX_COMPLETIONS;
    }
    candidates.forEach(function (id) { add(id, words[id] === prefix ? EXACT : PREFIX); });
  };

  /* Compounds: "betrokkenheid" finds "werknemersbetrokkenheid", and "werknemers" finds it too. */
  Index.prototype.compoundParts = function (word, found, add) {
    var words = this.words, heads = [word];
    found.forEach(function (quality, id) { if (quality >= INFERRED * STEM) heads.push(words[id]); });
    for (var i = 0; i < words.length; i++) {
      var candidate = words[i];
      if (candidate.length < word.length + 3) continue;
      if (candidate.startsWith(word)) { add(i, COMPOUND); continue; }
      for (var h = 0; h < heads.length; h++) {
        if (candidate.length >= heads[h].length + 3 && candidate.endsWith(heads[h])) { add(i, COMPOUND); break; }
      }
    }
  };

  /* One typo forgiven: a letter wrong, missing, extra, or two letters swapped. */
  Index.prototype.typos = function (word, addGroup) {
    var words = this.words;
    for (var i = 0; i < words.length; i++) {
      var candidate = words[i];
      if (Math.abs(candidate.length - word.length) <= 1 && candidate.length >= 4 && oneEditApart(word, candidate)) {
        addGroup(i, TYPO);
      }
    }
  };

  function oneEditApart(a, b) {
    if (a.length < b.length) { var t = a; a = b; b = t; }
    var i = 0;
    while (i < b.length && a[i] === b[i]) i++;
    if (a.length === b.length) {
      if (a.slice(i + 1) === b.slice(i + 1)) return true;
      return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    }
    return a.slice(i + 1) === b.slice(i);
  }

  /* The reader's words, folded, without stop words and repeats; the last one is still being typed unless the
     query ends in a space or punctuation. */
  Index.prototype.queryWords = function (query) {
    var text = query.slice(0, MAX_QUERY), tokens = wordsOf(text, this.lang), seen = new Set(), words = [];
    var typing = tokens.length > 0 && tokens[tokens.length - 1].end === text.length && query.length <= MAX_QUERY;
    for (var i = 0; i < tokens.length && words.length < MAX_WORDS; i++) {
      var word = tokens[i].word, open = typing && i === tokens.length - 1;
      if (word.length < 2 || seen.has(word) || (this.stop.has(word) && !(open && tokens.length === 1))) continue;
      seen.add(word);
      words.push({ word: word, open: open });
    }
    return words;
  };

  /* Pages that match every word (most words, for a long query), best first, each with its best section. */
  Index.prototype.search = function (query, limit) {
    var self = this, words = this.queryWords(query), marked = new Set(), touchedPages = [];
    var required = words.length <= 3 ? words.length : Math.ceil(words.length * 2 / 3);
    var expansions = words.map(function (w) { return self.expand(w.word, w.open); })
      .filter(function (found) { return found.size > 0; });
    /* A word that matches nothing makes a short query match nothing, rather than anything like it. */
    if (!words.length || expansions.length < required) return { words: [], results: [] };
    expansions.forEach(function (found) { self.scoreWord(found, marked, touchedPages); });
    var hits = touchedPages.filter(function (p) { return self.pageWords[p] >= required; });
    hits.sort(function (a, b) { return self.pageScore[b] - self.pageScore[a] || a - b; });
    var results = hits.slice(0, limit || 10).map(function (p) { return self.result(p); });
    touchedPages.forEach(function (p) {
      self.pageScore[p] = 0;
      self.pageWords[p] = 0;
      self.sectionScore.fill(0, self.starts[p], self.starts[p + 1]);
    });
    return { words: Array.from(marked), results: results };
  };

  /* Adds one query word's best score per page (and per section, to choose where to link) into the totals. */
  Index.prototype.scoreWord = function (expansions, marked, touchedPages) {
    var self = this, mostPages = 1, touchedSlots = [];
    expansions.forEach(function (quality, id) { mostPages = Math.max(mostPages, self.postings(id).pages); });
    /* One weight of rarity per query word, so an exact match always outranks an expansion in the same place. */
    var rarity = Math.log(1 + this.pages.length / mostPages);
    expansions.forEach(function (quality, id) {
      var slots = self.postings(id).slots;
      if (slots.length) marked.add(self.words[id]);
      for (var k = 0; k < slots.length; k++) {
        var slot = slots[k] >> 2, weight = slots[k] & 3, score = quality * rarity * WEIGHT[weight];
        if (self.slotScore[slot] === 0) touchedSlots.push(slot);
        if (score > self.slotScore[slot]) self.slotScore[slot] = score;
        /* A title match says nothing about which section to show. */
        var sectionScore = weight === 3 ? quality * rarity * WEIGHT[0] : score;
        if (sectionScore > self.slotSection[slot]) self.slotSection[slot] = sectionScore;
      }
    });
    var touched = [];
    touchedSlots.forEach(function (slot) {
      var page = self.slotPage[slot];
      if (self.pageBest[page] === 0) touched.push(page);
      if (self.slotScore[slot] > self.pageBest[page]) self.pageBest[page] = self.slotScore[slot];
      self.sectionScore[slot] += self.slotSection[slot];
      self.slotScore[slot] = 0;
      self.slotSection[slot] = 0;
    });
    touched.forEach(function (page) {
      if (self.pageWords[page] === 0) touchedPages.push(page);
      self.pageScore[page] += self.pageBest[page];
      self.pageWords[page]++;
      self.pageBest[page] = 0;
    });
  };

  Index.prototype.result = function (p) {
    var page = this.pages[p], best = 0, bestScore = 0;
    for (var slot = this.starts[p]; slot < this.starts[p + 1]; slot++) {
      if (this.sectionScore[slot] > bestScore) { bestScore = this.sectionScore[slot]; best = slot - this.starts[p]; }
    }
    var anchor = best > 0 ? page[2 * best] : '';
    return {
      page: p, lang: this.lang, slug: page[0], title: page[1], score: this.pageScore[p],
      section: best, heading: best > 0 ? page[2 * best + 1] : '', anchor: anchor,
      href: new URL(page[0] + '/' + this.suffix + (anchor ? '#' + anchor : ''), this.url).href
    };
  };

  /* Loading: classic <script> elements, cached per address. */
  var scripts = {};
  function loadScript(url) {
    if (!scripts[url]) {
      scripts[url] = new Promise(function (resolve, reject) {
        var script = document.createElement('script');
        script.src = url;
        script.onload = resolve;
        script.onerror = function () { delete scripts[url]; reject(new Error('cannot load ' + url)); };
        document.head.appendChild(script);
      });
    }
    return scripts[url];
  }

  var indexes = {};
  function load(lang, url) {
    var address = new URL(url, document.baseURI).href;
    return loadScript(address).then(function () {
      var data = (window.playbooksSearchIndex || {})[lang];
      if (!data) throw new Error('no search index for ' + lang);
      if (!indexes[lang]) indexes[lang] = new Index(data, address);
      return indexes[lang];
    });
  }

  /* A page's text per section ([summary, intro, section 1, …]), loaded when one of its results is shown. */
  function pageText(index, slug) {
    return loadScript(new URL('search/' + encodeURIComponent(slug) + '.js', index.url).href).then(function () {
      return (window.playbooksSearchText || {})[index.lang + '/' + slug];
    });
  }

  /* A short piece of text around the first marked word, as [text, isMarked] parts. */
  function snippet(text, lang, marked, length) {
    var size = length || 160, words = wordsOf(text, lang), first = -1;
    var hits = words.filter(function (w) { return marked.has(w.word); });
    if (!hits.length) return [];
    first = hits[0].start;
    var start = hits[0].end > size * 0.8 ? text.lastIndexOf(' ', first - size / 3) + 1 : 0;
    var end = Math.min(text.length, start + size);
    if (end < text.length) end = Math.max(text.lastIndexOf(' ', end), hits[0].end);
    var parts = [], at = start;
    if (start > 0) parts.push(['…', false]);
    hits.forEach(function (hit) {
      if (hit.start < at || hit.end > end) return;
      parts.push([text.slice(at, hit.start), false], [text.slice(hit.start, hit.end), true]);
      at = hit.end;
    });
    parts.push([text.slice(at, end), false]);
    if (end < text.length) parts.push(['…', false]);
    return parts;
  }

  /* The search box in the page header. */
  function SearchBox(form) {
    var self = this;
    this.form = form;
    this.input = form.querySelector('input');
    this.list = form.querySelector('.search-results');
    this.status = form.querySelector('.search-status');
    this.buttons = Array.prototype.slice.call(form.querySelectorAll('button[data-lang]'));
    this.pageLang = this.lang = form.dataset.lang;
    this.index = form.dataset.index;
    this.active = -1;
    this.run = 0;
    form.hidden = false;
    form.addEventListener('submit', function (event) { event.preventDefault(); self.open(); });
    this.input.addEventListener('input', function () { self.search(); });
    this.input.addEventListener('focus', function () { load(self.lang, self.index).catch(function () {}); });
    this.input.addEventListener('keydown', function (event) { self.key(event); });
    this.buttons.forEach(function (button) {
      button.addEventListener('click', function () { self.choose(button); });
    });
    document.addEventListener('click', function (event) { if (!form.contains(event.target)) self.close(); });
  }

  SearchBox.prototype.choose = function (button) {
    this.buttons.forEach(function (b) { b.setAttribute('aria-pressed', String(b === button)); });
    this.lang = button.dataset.lang;
    this.index = button.dataset.index;
    this.input.focus();
    this.search();
  };

  SearchBox.prototype.search = function () {
    var self = this, query = this.input.value, run = ++this.run;
    if (!query.trim()) { this.show(null, query); return; }
    var lang = this.lang;
    var timer = setTimeout(function () { self.status.textContent = self.form.dataset.loading; }, 300);
    load(lang, this.index).then(function (index) {
      clearTimeout(timer);
      if (run === self.run) self.show(index, query, index.search(query, 8));
    }, function () {
      clearTimeout(timer);
      if (run === self.run) self.status.textContent = self.form.dataset.failed;
    });
  };

  SearchBox.prototype.show = function (index, query, found) {
    var self = this, data = this.form.dataset;
    this.list.textContent = '';
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    if (!index) { this.status.textContent = ''; this.close(); return; }
    var results = found.results, marked = new Set(found.words);
    if (!results.length) {
      var shown = query.trim().length > 60 ? query.trim().slice(0, 60) + '…' : query.trim();
      this.status.textContent = data.none.replace('{query}', function () { return shown; });
      this.close();
      return;
    }
    this.status.textContent = results.length === 1 ? data.one : data.many.replace('{count}', results.length);
    results.forEach(function (result, i) {
      var item = element('li', '', { id: 'search_result_' + i, role: 'option', 'aria-selected': 'false' });
      if (result.lang !== self.pageLang) item.lang = result.lang;
      var link = element('a', '', { href: result.href, tabindex: '-1' });
      link.appendChild(element('span', 'search-title', {}, result.title));
      if (result.heading) link.appendChild(element('span', 'search-section', {}, result.heading));
      var excerpt = link.appendChild(element('span', 'search-snippet', {}));
      item.appendChild(link);
      self.list.appendChild(item);
      pageText(index, result.slug).then(function (texts) {
        if (!texts) return;
        var parts = snippet(texts[result.section + 1] || '', index.lang, marked);
        if (!parts.length) parts = snippet(texts[0] || '', index.lang, marked);
        if (!parts.length) parts = [[texts[0] || '', false]];
        parts.forEach(function (part) {
          excerpt.appendChild(part[1] ? element('mark', '', {}, part[0]) : document.createTextNode(part[0]));
        });
      }, function () {});
    });
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  };

  SearchBox.prototype.close = function () {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
  };

  SearchBox.prototype.key = function (event) {
    var items = this.list.children;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!items.length) return;
      event.preventDefault();
      this.list.hidden = false;
      this.input.setAttribute('aria-expanded', 'true');
      var step = event.key === 'ArrowDown' ? 1 : -1;
      this.select((this.active + step + items.length + (this.active < 0 && step < 0 ? 1 : 0)) % items.length);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.run++; /* an answer still on its way must not reopen the list */
      if (!this.list.hidden) { this.close(); } else { this.input.value = ''; this.show(null, ''); }
    }
  };

  SearchBox.prototype.select = function (i) {
    var items = this.list.children;
    if (this.active >= 0 && items[this.active]) items[this.active].setAttribute('aria-selected', 'false');
    this.active = i;
    items[i].setAttribute('aria-selected', 'true');
    this.input.setAttribute('aria-activedescendant', items[i].id);
    items[i].scrollIntoView({ block: 'nearest' });
  };

  /* Enter: the chosen result, or the first. */
  SearchBox.prototype.open = function () {
    var items = this.list.children, item = items[this.active >= 0 ? this.active : 0];
    if (item && !this.list.hidden) window.location.href = item.querySelector('a').href;
  };

  function element(name, className, attributes, text) {
    var node = document.createElement(name);
    if (className) node.className = className;
    Object.keys(attributes).forEach(function (key) { node.setAttribute(key, attributes[key]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /* For the tests and for anyone scripting the site: the same functions the search box uses. */
  window.PlaybooksSearch = {
    fold: fold,
    words: function (text, lang) { return wordsOf(text, lang || 'en').map(function (w) { return w.word; }); },
    load: load,
    search: function (lang, query, limit) { return indexes[lang].search(query, limit); },
    snippet: snippet
  };

  function start() {
    var form = document.getElementById('search');
    if (form && form.dataset.index) new SearchBox(form);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();

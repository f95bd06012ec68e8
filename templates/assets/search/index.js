/* The index of one language as the build wrote it (see dev.playbooks.search.LanguageIndex), decoded for search:
   words and their ids, stem groups, and each section of each page numbered as a slot. Postings are decoded one
   word at a time, when a query needs them, because most words of an index are never searched for. */
(() => {
  'use strict';
  /* The Node tests require() this very file. In a page, an element with id="module" is a global "module" too. */
  const inNode = typeof module === 'object' && typeof require === 'function';
  const modules = (globalThis.PlaybooksSearchModules ??= {});

  /* Varints: five bits per character of this alphabet, the sixth bit set on every character but a number's last.
     The characters need no escaping in a JavaScript string. */
  const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const DIGIT = new Int8Array(128);
  for (let d = 0; d < ALPHABET.length; d++) DIGIT[ALPHABET.charCodeAt(d)] = d;
  const MORE = 32; /* the sixth bit */
  /* A long session must not end up holding the whole index decoded. */
  const MAX_CACHED = 2000;

  /* Calls visit with each number of a varint text, in order, without building an array of them. */
  const eachVarint = (text, visit) => {
    let value = 0, shift = 0;
    for (let i = 0; i < text.length; i++) {
      const digit = DIGIT[text.charCodeAt(i)];
      value |= (digit & (MORE - 1)) << shift;
      if (digit >= MORE) {
        shift += 5;
      } else {
        visit(value);
        value = 0;
        shift = 0;
      }
    }
  };

  const varints = (text) => {
    const values = [];
    eachVarint(text, (value) => values.push(value));
    return values;
  };

  /* The stemmer of the index's language, which the page loads with the index (see search.js); null without one. */
  const stemmerOf = (lang) => {
    if (!lang) return null;
    return (inNode ? require('./stem-' + lang + '.js') : modules['stem-' + lang]) || null;
  };

  class Index {
    constructor(data, url) {
      this.lang = data.lang;
      this.url = url;
      this.suffix = data.suffix;
      this.compounds = data.compounds;
      this.stemmer = stemmerOf(data.stemmer);
      this.stop = new Set(data.stop ? data.stop.split(' ') : []);
      this.pages = data.pages;
      this.words = data.words ? data.words.split(' ') : [];
      this.ids = new Map(this.words.map((word, id) => [word, id]));
      this.postingText = data.postings;
      this.cache = new Map();
      this.numberSlots();
      this.readGroups(data.groups, data.stems ? data.stems.split(' ') : []);
    }

    /* A page is its first slot (the text before its first heading) and one per heading; pages hold
       [slug, title, anchor, heading, anchor, heading, …]. */
    numberSlots() {
      const pages = this.pages, starts = this.starts = new Int32Array(pages.length + 1);
      pages.forEach((page, p) => { starts[p + 1] = starts[p] + 1 + (page.length - 2) / 2; });
      this.slots = starts[pages.length];
      this.slotPage = new Int32Array(this.slots);
      for (let p = 0; p < pages.length; p++) this.slotPage.fill(p, starts[p], starts[p + 1]);
    }

    /* Per group: its first word (as a gap from the previous group's first word), how many further words and their
       gaps, how many stems and each stem's length as a prefix of the first word, or 0 for the next of `other`. */
    readGroups(text, other) {
      this.groupOf = new Int32Array(this.words.length).fill(-1);
      this.groups = [];
      this.stems = new Map();
      const values = varints(text);
      let first = -1, o = 0;
      for (let v = 0; v < values.length;) {
        const g = this.groups.length, members = [first += values[v++] + 1];
        for (let more = values[v++], id = first; more > 0; more--) members.push(id += values[v++] + 1);
        for (const member of members) this.groupOf[member] = g;
        this.groups.push(members);
        for (let stems = values[v++]; stems > 0; stems--) {
          const length = values[v++];
          this.stems.set(length ? this.words[first].slice(0, length) : other[o++], g);
        }
      }
    }

    /* A word's postings, decoded once: slot << 2 | weight, in slot order, and on how many pages it occurs. */
    postings(id) {
      const cached = this.cache.get(id);
      if (cached) return cached;
      const text = this.postingText[id], slotPage = this.slotPage, out = new Int32Array(text.length);
      let n = 0, slot = -1, pages = 0, lastPage = -1;
      eachVarint(text, (value) => {
        slot += (value >>> 2) + 1;
        out[n++] = slot << 2 | (value & 3);
        if (slotPage[slot] !== lastPage) {
          pages++;
          lastPage = slotPage[slot];
        }
      });
      const decoded = { slots: out.subarray(0, n), pages };
      if (this.cache.size >= MAX_CACHED) this.cache.clear();
      this.cache.set(id, decoded);
      return decoded;
    }

    /* The ids of the words that share a stem with this one; a word in no group is a group of its own. */
    group(id) {
      const g = this.groupOf[id];
      return g < 0 ? [id] : this.groups[g];
    }
  }

  const api = { ALPHABET, varints, Index };
  modules.index = api;
  if (inNode) module.exports = api;
})();

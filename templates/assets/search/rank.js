/* Ranking: which pages a query finds, best first, and which section of each to link to. A page scores, per query
   word, the best of that word's matches on it: quality × rarity × the weight of where it occurs. */
(() => {
  'use strict';
  /* The Node tests require() this very file. In a page, an element with id="module" is a global "module" too. */
  const inNode = typeof module === 'object' && typeof require === 'function';
  const modules = (globalThis.PlaybooksSearchModules ??= {});
  const { Index } = inNode ? require('./index.js') : modules.index;
  const { queryWords, expand } = inNode ? require('./query.js') : modules.query;

  /* Per weight the index gives an occurrence: body, checklist item, heading or summary, title. */
  const WEIGHT = [1, 2, 4, 8];
  const TITLE = 3;
  const DEFAULT_LIMIT = 10;

  /* Every word of a short query must match; a long one (a pasted sentence) needs two thirds of its words. */
  const requiredMatches = (words) => (words <= 3 ? words : Math.ceil(words * 2 / 3));

  /* An index that can be searched: the decoded index, and scratch space per slot and page that every search reuses
     and leaves zeroed, so typing does not allocate per keystroke. */
  class SearchIndex extends Index {
    constructor(data, url) {
      super(data, url);
      this.slotScore = new Float64Array(this.slots);
      this.slotSection = new Float64Array(this.slots);
      this.sectionScore = new Float64Array(this.slots);
      this.pageBest = new Float64Array(this.pages.length);
      this.pageScore = new Float64Array(this.pages.length);
      this.pageWords = new Int32Array(this.pages.length);
    }

    /* Pages that match enough of the query's words, best first (ties in site order), each with its best section;
       and the index words that matched, to mark in snippets. */
    search(query, limit) {
      const words = queryWords(this, query), marked = new Set(), touchedPages = [];
      const required = requiredMatches(words.length);
      const expansions = words.map(({ word, open }) => expand(this, word, open)).filter((found) => found.size > 0);
      /* A word that matches nothing makes a short query match nothing, rather than anything like it. */
      if (!words.length || expansions.length < required) return { words: [], results: [] };
      for (const found of expansions) this.scoreWord(found, marked, touchedPages);
      const hits = touchedPages.filter((p) => this.pageWords[p] >= required);
      hits.sort((a, b) => this.pageScore[b] - this.pageScore[a] || a - b);
      const results = hits.slice(0, limit || DEFAULT_LIMIT).map((p) => this.result(p));
      for (const p of touchedPages) this.clearPage(p);
      return { words: Array.from(marked), results };
    }

    /* Adds one query word's best score per page (and per section, to choose where to link) into the totals. */
    scoreWord(expansions, marked, touchedPages) {
      const touchedSlots = [];
      let mostPages = 1;
      expansions.forEach((quality, id) => { mostPages = Math.max(mostPages, this.postings(id).pages); });
      /* One weight of rarity per query word, so an exact match always outranks an expansion in the same place. */
      const rarity = Math.log(1 + this.pages.length / mostPages);
      expansions.forEach((quality, id) => {
        const slots = this.postings(id).slots;
        if (slots.length) marked.add(this.words[id]);
        for (let k = 0; k < slots.length; k++) {
          const slot = slots[k] >> 2, weight = slots[k] & 3, score = quality * rarity * WEIGHT[weight];
          if (this.slotScore[slot] === 0) touchedSlots.push(slot);
          if (score > this.slotScore[slot]) this.slotScore[slot] = score;
          /* A title match says nothing about which section to show. */
          const sectionScore = weight === TITLE ? quality * rarity * WEIGHT[0] : score;
          if (sectionScore > this.slotSection[slot]) this.slotSection[slot] = sectionScore;
        }
      });
      this.addToPages(touchedSlots, touchedPages);
    }

    /* Moves the word's slot scores into its pages' totals: the best slot per page counts, once. */
    addToPages(touchedSlots, touchedPages) {
      const touched = [];
      for (const slot of touchedSlots) {
        const page = this.slotPage[slot];
        if (this.pageBest[page] === 0) touched.push(page);
        if (this.slotScore[slot] > this.pageBest[page]) this.pageBest[page] = this.slotScore[slot];
        this.sectionScore[slot] += this.slotSection[slot];
        this.slotScore[slot] = 0;
        this.slotSection[slot] = 0;
      }
      for (const page of touched) {
        if (this.pageWords[page] === 0) touchedPages.push(page);
        this.pageScore[page] += this.pageBest[page];
        this.pageWords[page]++;
        this.pageBest[page] = 0;
      }
    }

    clearPage(p) {
      this.pageScore[p] = 0;
      this.pageWords[p] = 0;
      this.sectionScore.fill(0, this.starts[p], this.starts[p + 1]);
    }

    /* A found page, linked to its best section; the first section (before any heading) links to the page. */
    result(p) {
      const page = this.pages[p];
      let best = 0, bestScore = 0;
      for (let slot = this.starts[p]; slot < this.starts[p + 1]; slot++) {
        if (this.sectionScore[slot] > bestScore) {
          bestScore = this.sectionScore[slot];
          best = slot - this.starts[p];
        }
      }
      const anchor = best > 0 ? page[2 * best] : '';
      return {
        page: p, lang: this.lang, slug: page[0], title: page[1], score: this.pageScore[p],
        section: best, heading: best > 0 ? page[2 * best + 1] : '', anchor,
        href: new URL(page[0] + '/' + this.suffix + (anchor ? '#' + anchor : ''), this.url).href
      };
    }
  }

  const api = { requiredMatches, SearchIndex };
  modules.rank = api;
  if (inNode) module.exports = api;
})();

/* Ranking: which pages a query finds, best first, and which section of each to link to. Pages rank first by how much
   of the query they cover, then by how well: a page scores, per query word, the best of that word's matches on it,
   quality × rarity × the weight of where it occurs, and adds the score of its best section, where the words that
   occur together count together. */
(() => {
  'use strict';
  /* The Node tests require() this very file. In a page, an element with id="module" is a global "module" too. */
  const inNode = typeof module === 'object' && typeof require === 'function';
  const modules = (globalThis.PlaybooksSearchModules ??= {});
  const { Index } = inNode ? require('./index.js') : modules.index;
  const { termsOf } = inNode ? require('./query.js') : modules.query;

  /* Per weight the index gives an occurrence: body, checklist item, heading or summary, title. */
  const WEIGHT = [1, 2, 4, 8];
  const TITLE = 3;
  const DEFAULT_LIMIT = 10;
  /* A page covering less than half of what the best page covers is noise next to it (a pasted paragraph's one
     common word), not an answer. */
  const MIN_COVER = 0.5;

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
      this.pageCover = new Float64Array(this.pages.length);
    }

    /* Pages that cover the query best, then match it best (ties in site order), each with its best section; the
       index words that matched, to mark in snippets; the query's words that match nothing at all, which never empty
       a list the other words fill; and how much of the query the first result covers, of how much. */
    search(query, limit) {
      const { terms, missing } = termsOf(this, query), marked = new Set(), touchedPages = [];
      for (const term of terms) this.scoreWord(term.found, term.share, marked, touchedPages);
      let best = 0;
      for (const p of touchedPages) {
        best = Math.max(best, this.pageCover[p]);
        this.pageScore[p] += this.sectionScore[this.starts[p] + this.bestSection(p)];
      }
      const hits = touchedPages.filter((p) => this.pageCover[p] >= best * MIN_COVER);
      hits.sort((a, b) => this.pageCover[b] - this.pageCover[a] || this.pageScore[b] - this.pageScore[a] || a - b);
      const results = hits.slice(0, limit || DEFAULT_LIMIT).map((p) => this.result(p));
      for (const p of touchedPages) this.clearPage(p);
      const of = terms.reduce((sum, term) => sum + term.share, 0) + missing.length;
      return { words: Array.from(marked), results, missing, covered: best, of };
    }

    /* Adds one query word's best score per page (and per section, to choose where to link) into the totals. */
    scoreWord(expansions, share, marked, touchedPages) {
      const touchedSlots = [];
      let mostPages = 1;
      expansions.forEach((quality, id) => { mostPages = Math.max(mostPages, this.postings(id).pages); });
      /* One weight of rarity per query word, so an exact match always outranks an expansion in the same place. */
      const rarity = share * Math.log(1 + this.pages.length / mostPages);
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
      this.addToPages(touchedSlots, share, touchedPages);
    }

    /* Moves the word's slot scores into its pages' totals: the best slot per page counts, once. */
    addToPages(touchedSlots, share, touchedPages) {
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
        if (this.pageCover[page] === 0) touchedPages.push(page);
        this.pageScore[page] += this.pageBest[page];
        this.pageCover[page] += share;
        this.pageBest[page] = 0;
      }
    }

    clearPage(p) {
      this.pageScore[p] = 0;
      this.pageCover[p] = 0;
      this.sectionScore.fill(0, this.starts[p], this.starts[p + 1]);
    }

    /* The page's section with the best matches, counted from its first. */
    bestSection(p) {
      let best = 0, bestScore = 0;
      for (let slot = this.starts[p]; slot < this.starts[p + 1]; slot++) {
        if (this.sectionScore[slot] > bestScore) {
          bestScore = this.sectionScore[slot];
          best = slot - this.starts[p];
        }
      }
      return best;
    }

    /* A found page, linked to its best section; the first section (before any heading) links to the page. */
    result(p) {
      const page = this.pages[p], best = this.bestSection(p);
      const anchor = best > 0 ? page[2 * best] : '';
      return {
        page: p, lang: this.lang, slug: page[0], title: page[1], score: this.pageScore[p], cover: this.pageCover[p],
        section: best, heading: best > 0 ? page[2 * best + 1] : '', anchor,
        href: new URL(page[0] + '/' + this.suffix + (anchor ? '#' + anchor : ''), this.url).href
      };
    }
  }

  const api = { SearchIndex };
  modules.rank = api;
  if (inNode) module.exports = api;
})();

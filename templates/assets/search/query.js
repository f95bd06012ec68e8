/* What a reader's query stands for: its words, and for each word the words of the index it may mean, each with how
   well it matches. The index holds every word with its stem group, so no stemmer runs here: a reader's word is
   looked up, not analysed. */
(() => {
  'use strict';
  /* The Node tests require() this very file. In a page, an element with id="module" is a global "module" too. */
  const inNode = typeof module === 'object' && typeof require === 'function';
  const modules = (globalThis.PlaybooksSearchModules ??= {});
  const { wordsOf } = inNode ? require('./fold.js') : modules.fold;

  /* How well an index word matches a reader's word, from the word itself down to a guess at a typo. */
  const QUALITY = { EXACT: 1, STEM: 0.8, INFERRED: 0.7, PREFIX: 0.6, COMPOUND: 0.5, TYPO: 0.45 };
  const { EXACT, STEM, INFERRED, PREFIX, COMPOUND, TYPO } = QUALITY;
  /* A pasted paragraph must answer as fast as a typed query. */
  const MAX_QUERY = 300, MAX_WORDS = 8;
  /* A prefix of one or two letters starts thousands of words; the most used of them are what a reader means. */
  const MAX_COMPLETIONS = 40;
  /* A shorter word is part of, and one typo away from, too many words for a guess at either to help. */
  const MIN_GUESSED = 5;

  /* The reader's words, folded, without stop words and repeats; the last one is still being typed (open) unless
     the query ends in a space or punctuation. A stop word alone is kept while it is typed: it may start a word. */
  const queryWords = (index, query) => {
    const text = query.slice(0, MAX_QUERY), tokens = wordsOf(text, index.lang), seen = new Set(), words = [];
    const typing = tokens.length > 0 && tokens[tokens.length - 1].end === text.length && query.length <= MAX_QUERY;
    for (let i = 0; i < tokens.length && words.length < MAX_WORDS; i++) {
      const word = tokens[i].word, open = typing && i === tokens.length - 1;
      if (word.length < 2 || seen.has(word) || (index.stop.has(word) && !(open && tokens.length === 1))) continue;
      seen.add(word);
      words.push({ word, open });
    }
    return words;
  };

  /* The words of the index a reader's word stands for: a Map of word id to quality (EXACT … TYPO). */
  const expand = (index, word, open) => {
    const found = new Map();
    const add = (id, quality) => { if (!(found.get(id) >= quality)) found.set(id, quality); };
    const addGroup = (id, quality) => { for (const member of index.group(id)) add(member, quality); };
    if (index.stop.has(word)) {
      if (open) completions(index, word, add);
      return found;
    }
    const id = index.ids.get(word);
    if (id !== undefined) {
      addGroup(id, STEM);
      add(id, EXACT);
    } else {
      inferStem(index, word, add);
    }
    if (open) completions(index, word, add);
    if (index.compounds && word.length >= MIN_GUESSED) compoundParts(index, word, found, add);
    if (!found.size && word.length >= MIN_GUESSED) typos(index, word, addGroup);
    return found;
  };

  /* A word the site never uses may still start with a stem it does: "empowers" with "empower". The longest
     start wins, and it may be a stem of a group or a word of the index. */
  const inferStem = (index, word, add) => {
    for (let length = word.length; length >= Math.max(3, word.length - 4); length--) {
      const start = word.slice(0, length);
      const group = index.stems.get(start);
      if (group !== undefined) {
        for (const id of index.groups[group]) add(id, INFERRED);
        return;
      }
      const id = index.ids.get(start);
      if (id !== undefined) {
        for (const member of index.group(id)) add(member, INFERRED * STEM);
        add(id, INFERRED);
        return;
      }
    }
  };

  /* The word being typed: the index's words that start with it (found by bisection, the words being sorted), the
     most used first, judged by the length of their postings. */
  const completions = (index, prefix, add) => {
    const words = index.words, text = index.postingText;
    let low = 0, high = words.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (words[mid] < prefix) low = mid + 1; else high = mid;
    }
    const candidates = [];
    for (let i = low; i < words.length && words[i].startsWith(prefix); i++) candidates.push(i);
    if (candidates.length > MAX_COMPLETIONS) {
      candidates.sort((a, b) => text[b].length - text[a].length);
      candidates.length = MAX_COMPLETIONS;
    }
    for (const id of candidates) add(id, words[id] === prefix ? EXACT : PREFIX);
  };

  /* Compounds: "betrokkenheid" finds "werknemersbetrokkenheid", and "werknemers" finds it too. A part must leave
     at least three letters of the compound, and a compound may end in any word the reader's word stands for. */
  const compoundParts = (index, word, found, add) => {
    const words = index.words, heads = [word];
    found.forEach((quality, id) => { if (quality >= INFERRED * STEM) heads.push(words[id]); });
    for (let i = 0; i < words.length; i++) {
      const candidate = words[i];
      if (candidate.length < word.length + 3) continue;
      if (candidate.startsWith(word) || endsWithAnyOf(candidate, heads)) add(i, COMPOUND);
    }
  };

  const endsWithAnyOf = (compound, parts) => {
    for (const part of parts) {
      if (compound.length >= part.length + 3 && compound.endsWith(part)) return true;
    }
    return false;
  };

  /* One typo forgiven, for a word that matches nothing else: each word one edit away brings its stem group. */
  const typos = (index, word, addGroup) => {
    const words = index.words;
    for (let i = 0; i < words.length; i++) {
      const candidate = words[i];
      if (Math.abs(candidate.length - word.length) <= 1 && candidate.length >= 4 && oneEditApart(word, candidate)) {
        addGroup(i, TYPO);
      }
    }
  };

  /* A letter wrong, missing or extra, or two neighbouring letters swapped. */
  const oneEditApart = (a, b) => {
    if (a.length < b.length) [a, b] = [b, a];
    let i = 0;
    while (i < b.length && a[i] === b[i]) i++;
    if (a.length === b.length) {
      if (a.slice(i + 1) === b.slice(i + 1)) return true;
      return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    }
    return a.slice(i + 1) === b.slice(i);
  };

  const api = { QUALITY, queryWords, expand, oneEditApart };
  modules.query = api;
  if (inNode) module.exports = api;
})();

/* What a reader's query stands for: its words, and for each word the words of the index it may mean, each with how
   well it matches. The index holds every word it knows with its stem group; a word it does not know is stemmed here
   (stem-<lang>.js) and found by its group, however long its ending. */
(() => {
  'use strict';
  /* The Node tests require() this very file. In a page, an element with id="module" is a global "module" too. */
  const inNode = typeof module === 'object' && typeof require === 'function';
  const modules = (globalThis.PlaybooksSearchModules ??= {});
  const { wordsOf } = inNode ? require('./fold.js') : modules.fold;

  /* How well an index word matches a reader's word, from the word itself down to a guess at a typo. */
  const QUALITY = { EXACT: 1, JOINED: 0.9, STEM: 0.8, INFERRED: 0.7, PREFIX: 0.6, SPELLING: 0.55, COMPOUND: 0.5,
    TYPO: 0.45 };
  const { EXACT, JOINED, STEM, INFERRED, PREFIX, SPELLING, COMPOUND, TYPO } = QUALITY;
  /* A pasted paragraph must answer as fast as a typed query. */
  const MAX_QUERY = 300, MAX_WORDS = 8;
  /* A prefix of one or two letters starts thousands of words; the most used of them are what a reader means. */
  const MAX_COMPLETIONS = 40;
  /* A shorter word is part of, and one typo away from, too many words for a guess at either to help. */
  const MIN_GUESSED = 5;
  /* Words typed apart that the site writes as one: "feed forward", "één op één gesprek". */
  const MAX_JOINED = 4;
  /* Each part of a word split in two must be a word on its own, not a syllable. */
  const MIN_PART = 3;

  /* The query's words in order, folded: stop words and single letters are quiet (never searched for on their own,
     but joined with their neighbours); the last word is still being typed (open) unless the query ends in a space or
     punctuation. */
  const tokensOf = (index, query) => {
    const text = query.slice(0, MAX_QUERY), tokens = wordsOf(text, index.lang);
    const typing = tokens.length > 0 && tokens[tokens.length - 1].end === text.length && query.length <= MAX_QUERY;
    return tokens.map(({ word }, i) => ({
      word, open: typing && i === tokens.length - 1, quiet: word.length < 2 || index.stop.has(word)
    }));
  };

  /* The words searched for, each with its place among the tokens: the words that are not quiet, without repeats, up
     to eight. A word followed only by a single letter being typed is still open: the letter starts the next word. A
     query of quiet words only is a phrase, searched as the one word it makes: "een op een" as "eenopeen". */
  const queryWords = (index, query) => {
    const tokens = tokensOf(index, query), words = [], seen = new Set();
    if (tokens.length && tokens.every((token) => token.quiet)) {
      const open = tokens[tokens.length - 1].open;
      return [{ word: tokens.map((token) => token.word).join(''), open, at: -1 }];
    }
    const last = tokens.length - 1, letterTyped = last > 0 && tokens[last].open && tokens[last].word.length < 2;
    for (let i = 0; i < tokens.length && words.length < MAX_WORDS; i++) {
      const { word, quiet } = tokens[i];
      if (quiet || seen.has(word)) continue;
      seen.add(word);
      words.push({ word, open: tokens[i].open || (letterTyped && i === last - 1), at: i });
    }
    return words;
  };

  /* What each word of a query stands for: terms, each with its share of the query (a word split in two gives two
     terms of half a share) and the index words it matches; and the words that match nothing at all. */
  const termsOf = (index, query) => {
    const tokens = tokensOf(index, query), terms = [], missing = [];
    for (const { word, open, at } of queryWords(index, query)) {
      const found = expand(index, word, open);
      if (at >= 0) joins(index, tokens, at, found);
      if (!found.size) {
        const parts = split(index, word);
        if (parts) {
          for (const part of parts) terms.push({ word: part, share: 1 / parts.length, found: expand(index, part, false) });
          continue;
        }
        guesses(index, word, found);
      }
      if (found.size) terms.push({ word, share: 1, found }); else missing.push(word);
    }
    return { terms, missing };
  };

  /* The words of the index a reader's word stands for, before any guess at a misspelling: a Map of word id to
     quality (EXACT … COMPOUND). */
  const expand = (index, word, open) => {
    const found = new Map();
    const add = adder(found);
    if (index.stop.has(word)) {
      if (open) completions(index, word, add);
      return found;
    }
    const id = index.ids.get(word);
    if (id !== undefined) {
      addGroup(index, id, STEM, add);
      add(id, EXACT);
    } else {
      inferStem(index, word, add);
    }
    if (open) completions(index, word, add);
    if (index.compounds && word.length >= MIN_GUESSED) compoundParts(index, word, found, add);
    return found;
  };

  const adder = (found) => (id, quality) => { if (!(found.get(id) >= quality)) found.set(id, quality); };
  const addGroup = (index, id, quality, add) => { for (const member of index.group(id)) add(member, quality); };

  /* The stem group a word the index does not hold belongs to, by the stemmer the build used; -1 if none. */
  const stemGroup = (index, word) => {
    for (const stem of index.stemmer.stems(word)) {
      const group = index.stems.get(stem);
      if (group !== undefined) return group;
      const id = index.ids.get(stem);
      if (id !== undefined) return index.groupOf[id] >= 0 ? index.groupOf[id] : -2 - id;
    }
    return -1;
  };

  const sharedStart = (a, b) => {
    let n = 0;
    while (n < a.length && a[n] === b[n]) n++;
    return n;
  };

  const groupMembers = (index, group) => (group <= -2 ? [-2 - group] : index.groups[group]);

  /* A word the site never uses finds the stem group Snowball would put it in: "delegating" finds "delegation"; the
     members spelled most like it ("delegated": "delegate") a step above the rest. In a language the browser has no
     stemmer for, the longest start that is a stem or word of the index does. */
  const inferStem = (index, word, add) => {
    if (index.stemmer) {
      const group = stemGroup(index, word);
      if (group === -1) return;
      const members = groupMembers(index, group), shared = members.map((id) => sharedStart(word, index.words[id]));
      const most = Math.max(...shared);
      members.forEach((id, i) => add(id, shared[i] === most ? INFERRED : INFERRED * STEM));
      return;
    }
    for (let length = word.length; length >= Math.max(3, word.length - 4); length--) {
      const start = word.slice(0, length), group = index.stems.get(start), id = index.ids.get(start);
      if (group !== undefined || id !== undefined) {
        for (const member of group !== undefined ? index.groups[group] : index.group(id)) add(member, INFERRED);
        return;
      }
    }
  };

  /* The word being typed: the index's words that start with it (found by bisection, the words being sorted), the
     most used first, judged by the length of their postings. */
  const completions = (index, prefix, add, exact = EXACT) => {
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
    for (const id of candidates) add(id, words[id] === prefix ? exact : PREFIX);
  };

  /* In a language that writes compounds as one word: "betrokkenheid" finds "werknemersbetrokkenheid", and
     "werknemers" finds it too. A part must leave at least three letters of the compound, and a compound may end in
     any word the reader's word stands for. */
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

  /* Words typed apart that the index holds as one (a compound, or a hyphenated word the build also indexed
     joined): every word of the run finds the joined word, so a page with "feedforward" covers both "feed" and
     "forward". A run that ends in the word being typed finds the joined words it begins. */
  const joins = (index, tokens, at, found) => {
    const add = adder(found);
    for (let start = Math.max(0, at - MAX_JOINED + 1); start <= at; start++) {
      let joined = tokens.slice(start, at).map((token) => token.word).join('');
      for (let end = at; end < tokens.length && end - start < MAX_JOINED; end++) {
        joined += tokens[end].word;
        if (end === start || joined.length < MIN_GUESSED) continue;
        const id = index.ids.get(joined);
        if (id !== undefined) {
          addGroup(index, id, JOINED * STEM, add);
          add(id, JOINED);
        } else if (index.stemmer) {
          const group = stemGroup(index, joined);
          if (group !== -1) for (const member of groupMembers(index, group)) add(member, JOINED * STEM);
        }
        if (tokens[end].open) completions(index, joined, add, JOINED);
      }
    }
  };

  /* A word the index holds apart, typed as one: "jobdescription" as "job" and "description". The longest first
     part that is a word of the index wins; a part that is a stop word is not searched for. */
  const split = (index, word) => {
    for (let at = word.length - MIN_PART; at >= MIN_PART; at--) {
      const parts = [word.slice(0, at), word.slice(at)];
      if (parts.every((part) => knows(index, part))) {
        const searched = parts.filter((part) => !index.stop.has(part));
        return searched.length ? searched : null;
      }
    }
    return null;
  };

  const knows = (index, word) =>
    index.ids.has(word) || index.stop.has(word) || (index.stemmer && stemGroup(index, word) !== -1);

  /* Only for a word nothing else matched: Dutch spelling habits ("vryheid", "meilpalen"), then one typo in a word of
     five letters or more. */
  const guesses = (index, word, found) => {
    const add = adder(found);
    if (index.lang === 'nl') {
      for (const variant of spellings(word)) {
        const id = index.ids.get(variant);
        if (id !== undefined) addGroup(index, id, SPELLING, add);
        else if (index.stemmer) {
          const group = stemGroup(index, variant);
          if (group !== -1) for (const member of groupMembers(index, group)) add(member, SPELLING);
        }
      }
    }
    if (!found.size && word.length >= MIN_GUESSED) typos(index, word, (id) => addGroup(index, id, TYPO, add));
  };

  /* The spellings a Dutch reader may have meant: y for ij and back, ei for ij and back, in every combination of at
     most three places. */
  const spellings = (word) => {
    const places = [...word.matchAll(/ij|ei|y/g)].slice(0, 3);
    const variants = new Set();
    const vary = (i, text, shift) => {
      if (i === places.length) {
        if (text !== word) variants.add(text);
        return;
      }
      const { 0: found, index: start } = places[i], at = start + shift;
      vary(i + 1, text, shift);
      for (const other of { ij: ['y', 'ei'], ei: ['ij'], y: ['ij'] }[found]) {
        vary(i + 1, text.slice(0, at) + other + text.slice(at + found.length), shift + other.length - found.length);
      }
    };
    vary(0, word, 0);
    return variants;
  };

  /* One typo forgiven: each word one edit away brings its stem group. */
  const typos = (index, word, addGroupOf) => {
    const words = index.words;
    for (let i = 0; i < words.length; i++) {
      const candidate = words[i];
      if (Math.abs(candidate.length - word.length) <= 1 && candidate.length >= 4 && oneEditApart(word, candidate)) {
        addGroupOf(i);
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

  const api = { QUALITY, queryWords, termsOf, expand, spellings, split, oneEditApart };
  modules.query = api;
  if (inNode) module.exports = api;
})();

/* Folding and word breaks for search: must stay identical to dev.playbooks.i18n.Words, because the index holds
   the words the Java side made and a reader's words are looked up there (folding-vectors.tsv holds both to it). */
(() => {
  'use strict';
  /* The Node tests require() this very file. In a page, an element with id="module" is a global "module" too. */
  const inNode = typeof module === 'object' && typeof require === 'function';
  const modules = (globalThis.PlaybooksSearchModules ??= {});

  /* Letters that decomposition (NFKD) does not take apart, as readers without them on their keyboard type them;
     final sigma as any sigma; and the three apostrophes a keyboard may send, as one. */
  const SPELLED = { 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ł': 'l', 'ı': 'i',
    'ς': 'σ', '\u2018': "'", '\u2019': "'", '\u02bc': "'" };
  const SPELLED_RE = /[ßæœøđðþłıς\u2018\u2019\u02bc]/g;
  const INVISIBLE_RE = /[\p{Mn}\p{Me}\p{Cf}]/gu;
  const SEPARATOR_RE = /[^\p{L}\p{N}]+/u;
  const ASCII_RE = /^[\x00-\x7f]*$/;
  /* Only for browsers without Intl.Segmenter: close to Unicode's word breaks for the languages of the site. */
  const FALLBACK_WORD_RE = /[\p{L}\p{N}\p{M}\p{Cf}]+(?:['\u2019.:_][\p{L}\p{N}\p{M}\p{Cf}]+)*/gu;

  const fold = (text) => {
    if (ASCII_RE.test(text)) return text.toLowerCase(); /* the common case, at every keystroke: skip the rest */
    return text.toLowerCase().normalize('NFKD').replace(INVISIBLE_RE, '')
      .replace(SPELLED_RE, (c) => SPELLED[c]).toLowerCase();
  };

  const segmenters = new Map();
  const segmenterFor = (lang) => {
    if (!segmenters.has(lang)) segmenters.set(lang, new Intl.Segmenter(lang, { granularity: 'word' }));
    return segmenters.get(lang);
  };

  /* The word-like segments of a text as [start, end) pairs, by Unicode's word-break rules. */
  const segments = (text, lang) => {
    const found = [];
    if (typeof Intl === 'object' && Intl.Segmenter) {
      for (const part of segmenterFor(lang).segment(text)) {
        if (part.isWordLike) found.push([part.index, part.index + part.segment.length]);
      }
    } else {
      FALLBACK_WORD_RE.lastIndex = 0;
      for (let m; (m = FALLBACK_WORD_RE.exec(text));) found.push([m.index, m.index + m[0].length]);
    }
    return found;
  };

  /* Folded words with the place of the segment each came from (for marking them in a snippet): apostrophes
     dropped, so "don't" is one word, and other joiners split, so "e.g." is two. */
  const wordsOf = (text, lang) => {
    const words = [];
    for (const [start, end] of segments(text, lang)) {
      for (const word of fold(text.slice(start, end)).replace(/'/g, '').split(SEPARATOR_RE)) {
        if (word) words.push({ word, start, end });
      }
    }
    return words;
  };

  const words = (text, lang) => wordsOf(text, lang).map(({ word }) => word);

  const api = { fold, wordsOf, words };
  modules.fold = api;
  if (inNode) module.exports = api;
})();

/* The piece of a page's text shown under a result: around the first word the query matched, with every matched
   word marked as the page writes it (the index only knows folded words). */
(() => {
  'use strict';
  /* The Node tests require() this very file. In a page, an element with id="module" is a global "module" too. */
  const inNode = typeof module === 'object' && typeof require === 'function';
  const modules = (globalThis.PlaybooksSearchModules ??= {});
  const { wordsOf } = inNode ? require('./fold.js') : modules.fold;

  const LENGTH = 160;

  /* The text as [text, isMarked] parts, with "…" where it is cut; none when no word of `marked` occurs in it. The
     piece starts at the text's start unless the first match would come late, then a third of the length before
     it, at a space; it ends at a space, never inside the first match. */
  const snippet = (text, lang, marked, length) => {
    const size = length || LENGTH, hits = matches(wordsOf(text, lang), text, marked);
    if (!hits.length) return [];
    const first = hits[0];
    const start = first.end > size * 0.8 ? text.lastIndexOf(' ', first.start - size / 3) + 1 : 0;
    let end = Math.min(text.length, start + size);
    if (end < text.length) end = Math.max(text.lastIndexOf(' ', end), first.end);
    const parts = start > 0 ? [['…', false]] : [];
    let at = start;
    for (const hit of hits) {
      if (hit.start < at || hit.end > end) continue;
      parts.push([text.slice(at, hit.start), false], [text.slice(hit.start, hit.end), true]);
      at = hit.end;
    }
    parts.push([text.slice(at, end), false]);
    if (end < text.length) parts.push(['…', false]);
    return parts;
  };

  /* The words of the text that were matched, by themselves or, in a hyphenated word, joined with their neighbours
     (the index holds "feed-forward" as "feedforward" too). */
  const matches = (words, text, marked) => {
    const hit = words.map((w) => marked.has(w.word));
    for (let first = 0; first < words.length; first++) {
      let joined = words[first].word;
      for (let last = first + 1; last < words.length && HYPHEN.test(text.slice(words[last - 1].end, words[last].start)); last++) {
        joined += words[last].word;
        if (marked.has(joined)) hit.fill(true, first, last + 1);
      }
    }
    return words.filter((w, i) => hit[i]);
  };
  const HYPHEN = /^[-\u2010\u2011]$/;

  const api = { snippet };
  modules.snippet = api;
  if (inNode) module.exports = api;
})();

/* Dutch stemming for a reader's word the index does not hold: Snowball's Dutch stemmer as Lucene 9.12 ships it
   (Snowball 2.0), with the diminutives and doubled consonants that dev.playbooks.search.Stemmers undoes around it,
   so that the word finds the stem group the build would have put it in, however long its ending.
   stemming-vectors.tsv holds both sides to the same stems. */
(() => {
  'use strict';
  /* The Node tests require() this very file. In a page, an element with id="module" is a global "module" too. */
  const inNode = typeof module === 'object' && typeof require === 'function';
  const modules = (globalThis.PlaybooksSearchModules ??= {});

  const vowel = (c) => 'aeiouyè'.includes(c);
  const consonant = (c) => c >= 'a' && c <= 'z' && !'aeiouy'.includes(c);

  /* Where the region starts that follows the first non-vowel after a vowel, from `from`; -1 if there is none. */
  const afterVowelAndConsonant = (word, from) => {
    let i = from;
    while (i < word.length && !vowel(word[i])) i++;
    while (++i < word.length && vowel(word[i]));
    return i < word.length ? i + 1 : -1;
  };

  const undoubleDkt = (w) => (/(dd|kk|tt)$/.test(w) ? w.slice(0, -1) : w);

  const stem = (input) => {
    const chars = Array.from(input.replace(/[áä]/g, 'a').replace(/[éë]/g, 'e').replace(/[íï]/g, 'i')
      .replace(/[óö]/g, 'o').replace(/[úü]/g, 'u'));
    /* An i between vowels and a y after a vowel (or first) are consonants: marked I and Y until the end. */
    for (let i = 0; i < chars.length; i++) {
      if (i === 0 ? chars[0] === 'y' : vowel(chars[i - 1]) && chars[i] === 'y') chars[i] = 'Y';
      else if (i > 0 && vowel(chars[i - 1]) && chars[i] === 'i' && vowel(chars[i + 1] || '')) chars[i] = 'I';
    }
    let w = chars.join('');
    let p1 = w.length, p2 = w.length;
    const r1 = afterVowelAndConsonant(w, 0);
    if (r1 >= 0) {
      p1 = Math.max(r1, 3);
      const r2 = afterVowelAndConsonant(w, r1);
      if (r2 >= 0) p2 = r2;
    }
    /* An -en ending goes after a consonant in R1, but not from -gem. */
    const withoutEn = (word, at) =>
      at >= p1 && at > 0 && !vowel(word[at - 1]) && !word.slice(0, at).endsWith('gem') ? undoubleDkt(word.slice(0, at)) : word;
    if (w.endsWith('heden')) {
      if (w.length - 5 >= p1) w = w.slice(0, -5) + 'heid';
    } else if (/ene?$/.test(w)) {
      w = withoutEn(w, w.lastIndexOf('en'));
    } else if (/se?$/.test(w)) {
      const at = w.lastIndexOf('s');
      if (at >= p1 && at > 0 && !vowel(w[at - 1]) && w[at - 1] !== 'j') w = w.slice(0, at);
    }
    let eFound = false;
    const eEnding = () => {
      const n = w.length;
      if (w.endsWith('e') && n - 1 >= p1 && n > 1 && !vowel(w[n - 2])) {
        w = undoubleDkt(w.slice(0, -1));
        eFound = true;
      }
    };
    eEnding();
    if (w.endsWith('heid') && w.length - 4 >= p2 && w[w.length - 5] !== 'c') {
      w = w.slice(0, -4);
      if (w.endsWith('en')) w = withoutEn(w, w.length - 2);
    }
    const ending = ['end', 'ing', 'ig', 'lijk', 'baar', 'bar'].find((e) => w.endsWith(e));
    if (ending && w.length - ending.length >= p2) {
      const before = w[w.length - ending.length - 1];
      if (ending === 'end' || ending === 'ing') {
        w = w.slice(0, -ending.length);
        if (w.endsWith('ig') && w.length - 2 >= p2 && w[w.length - 3] !== 'e') w = w.slice(0, -2);
        else w = undoubleDkt(w);
      } else if (ending === 'ig') {
        if (before !== 'e') w = w.slice(0, -2);
      } else if (ending === 'lijk') {
        w = w.slice(0, -4);
        eEnding();
      } else if (ending === 'baar' || eFound) {
        w = w.slice(0, -ending.length);
      }
    }
    const n = w.length;
    if (n >= 4 && !'Iaeiouyè'.includes(w[n - 1]) && /(aa|ee|oo|uu)$/.test(w.slice(0, -1)) && !vowel(w[n - 4])) {
      w = w.slice(0, n - 2) + w[n - 1];
    }
    return w.replace(/I/g, 'i').replace(/Y/g, 'y');
  };

  /* Drops the second of two equal final consonants: "stapp" → "stap" (Snowball undoubles only d, k and t). */
  const undouble = (w) => {
    const n = w.length;
    return n >= 3 && w[n - 1] === w[n - 2] && consonant(w[n - 1]) ? w.slice(0, -1) : w;
  };

  /* -tje follows a vowel, a w, or l, n, r after a long vowel: stoel-tje, tuin-tje, vrouw-tje. */
  const takesTje = (s) => {
    const n = s.length, last = s[n - 1];
    if (n < 2) return false;
    if (!consonant(last) || last === 'w') return true;
    return 'lnr'.includes(last) && n >= 3 && !consonant(s[n - 2]) && !consonant(s[n - 3]);
  };

  /* A diminutive undone by its spelling rules: stapjes → stap, mannetje → man, boompje → boom, plantje → plant. */
  const withoutDiminutive = (word) => {
    const base = word.endsWith('jes') ? word.slice(0, -1) : word.endsWith('je') ? word : null;
    if (base === null || base.length < 5) return word;
    const rest = base.slice(0, -2);
    const beforeEt = rest.slice(0, -2), n = beforeEt.length;
    if (rest.endsWith('et') && rest.length >= 5 && n >= 2 && beforeEt[n - 1] === beforeEt[n - 2] && consonant(beforeEt[n - 1])) {
      return undouble(beforeEt);
    }
    if (rest.endsWith('t') && takesTje(rest.slice(0, -1))) return rest.slice(0, -1);
    if (rest.endsWith('mp')) return rest.slice(0, -1);
    const last = rest[rest.length - 1];
    return consonant(last) && last !== 'j' ? rest : word;
  };

  const group = (word) => undouble(stem(withoutDiminutive(word)));
  const stems = (word) => [group(word)];

  const api = { stem, group, stems };
  modules['stem-nl'] = api;
  if (inNode) module.exports = api;
})();

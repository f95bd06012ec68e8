/* English stemming for a reader's word the index does not hold: Snowball's English (Porter2) stemmer as Lucene 9.12
   ships it (Snowball 2.0), applied twice as dev.playbooks.search.Stemmers does, so that the word finds the stem group
   the build would have put it in, however long its ending. stemming-vectors.tsv holds both sides to the same stems. */
(() => {
  'use strict';
  /* The Node tests require() this very file. In a page, an element with id="module" is a global "module" too. */
  const inNode = typeof module === 'object' && typeof require === 'function';
  const modules = (globalThis.PlaybooksSearchModules ??= {});

  const vowel = (c) => 'aeiouy'.includes(c);
  const EXCEPTIONS = { skis: 'ski', skies: 'sky', dying: 'die', lying: 'lie', tying: 'tie', idly: 'idl', gently: 'gentl',
    ugly: 'ugli', early: 'earli', only: 'onli', singly: 'singl', sky: 'sky', news: 'news', howe: 'howe', atlas: 'atlas',
    cosmos: 'cosmos', bias: 'bias', andes: 'andes' };
  const AFTER_1A = ['inning', 'outing', 'canning', 'herring', 'earring', 'proceed', 'exceed', 'succeed'];
  /* Suffix and replacement; of those that end a word, the longest is the one Snowball considers. */
  const STEP_2 = { ization: 'ize', ational: 'ate', fulness: 'ful', ousness: 'ous', iveness: 'ive', tional: 'tion',
    biliti: 'ble', lessli: 'less', entli: 'ent', ation: 'ate', alism: 'al', aliti: 'al', ousli: 'ous', iviti: 'ive',
    fulli: 'ful', enci: 'ence', anci: 'ance', abli: 'able', izer: 'ize', ator: 'ate', alli: 'al', bli: 'ble', ogi: 'og',
    li: '' };
  const STEP_3 = { ational: 'ate', tional: 'tion', alize: 'al', icate: 'ic', iciti: 'ic', ative: '', ical: 'ic',
    ness: '', ful: '' };
  const STEP_4 = ['ement', 'ment', 'ance', 'ence', 'able', 'ible', 'ant', 'ent', 'ism', 'ate', 'iti', 'ous', 'ive',
    'ize', 'ion', 'al', 'er', 'ic'];

  const longestEnding = (word, endings) => {
    let found = '';
    for (const ending of endings) if (ending.length > found.length && word.endsWith(ending)) found = ending;
    return found;
  };

  /* Where the region starts that follows the first non-vowel after a vowel, from `from`; -1 if there is none. */
  const afterVowelAndConsonant = (word, from, isVowel) => {
    let i = from;
    while (i < word.length && !isVowel(word[i])) i++;
    while (++i < word.length && isVowel(word[i]));
    return i < word.length ? i + 1 : -1;
  };

  /* A short syllable ends the word: consonant, vowel, consonant (not w, x or Y), or vowel, consonant at its start. */
  const shortSyllable = (w) => {
    const n = w.length;
    if (n === 2) return vowel(w[0]) && !vowel(w[1]);
    return n > 2 && !'aeiouywxY'.includes(w[n - 1]) && vowel(w[n - 2]) && !vowel(w[n - 3]);
  };

  const stem = (input) => {
    if (EXCEPTIONS[input]) return EXCEPTIONS[input];
    if (input.length < 3) return input;
    const chars = Array.from(input[0] === "'" ? input.slice(1) : input);
    for (let i = 0; i < chars.length; i++) if (chars[i] === 'y' && (i === 0 || vowel(chars[i - 1]))) chars[i] = 'Y';
    let w = chars.join('');
    let p1 = w.length, p2 = w.length;
    const prefix = /^(gener|commun|arsen)/.exec(w);
    const r1 = prefix ? prefix[0].length : afterVowelAndConsonant(w, 0, vowel);
    if (r1 >= 0) {
      p1 = r1;
      const r2 = afterVowelAndConsonant(w, r1, vowel);
      if (r2 >= 0) p2 = r2;
    }
    w = w.replace(/'(s'?)?$/, '');
    if (w.endsWith('sses')) w = w.slice(0, -2);
    else if (/ie[ds]$/.test(w)) w = w.slice(0, -3) + (w.length > 4 ? 'i' : 'ie');
    else if (/[^us]s$/.test(w) && /[aeiouy]/.test(w.slice(0, -2))) w = w.slice(0, -1);
    if (!AFTER_1A.includes(w)) w = steps(w, p1, p2);
    return w.replace(/Y/g, 'y');
  };

  const steps = (word, p1, p2) => {
    let w = word, ending = longestEnding(w, ['eed', 'eedly', 'ed', 'edly', 'ing', 'ingly']);
    if (ending.startsWith('ee')) {
      if (w.length - ending.length >= p1) w = w.slice(0, -ending.length) + 'ee';
    } else if (ending && /[aeiouy]/.test(w.slice(0, -ending.length))) {
      w = w.slice(0, -ending.length);
      if (/(at|bl|iz)$/.test(w)) w += 'e';
      else if (/(bb|dd|ff|gg|mm|nn|pp|rr|tt)$/.test(w)) w = w.slice(0, -1);
      else if (w.length === p1 && shortSyllable(w)) w += 'e';
    }
    if (w.length > 2 && /[yY]$/.test(w) && !vowel(w[w.length - 2])) w = w.slice(0, -1) + 'i';
    ending = longestEnding(w, Object.keys(STEP_2));
    if (ending && w.length - ending.length >= p1) {
      const before = w[w.length - ending.length - 1];
      if (ending === 'ogi' ? before === 'l' : ending === 'li' ? before && 'cdeghkmnrt'.includes(before) : true) {
        w = w.slice(0, -ending.length) + STEP_2[ending];
      }
    }
    ending = longestEnding(w, Object.keys(STEP_3));
    if (ending && w.length - ending.length >= (ending === 'ative' ? p2 : p1)) {
      w = w.slice(0, -ending.length) + STEP_3[ending];
    }
    ending = longestEnding(w, STEP_4);
    if (ending && w.length - ending.length >= p2 && (ending !== 'ion' || /[st]ion$/.test(w))) {
      w = w.slice(0, -ending.length);
    }
    const n = w.length;
    if (w.endsWith('e') && (n - 1 >= p2 || (n - 1 >= p1 && !shortSyllable(w.slice(0, -1))))) w = w.slice(0, -1);
    else if (w.endsWith('ll') && n - 1 >= p2) w = w.slice(0, -1);
    return w;
  };

  /* As dev.playbooks.search.Stemmers: the group key is the stem of the stem, since Porter2 strips one suffix. */
  const group = (word) => stem(stem(word));
  const stems = (word) => Array.from(new Set([stem(word), group(word)]));

  const api = { stem, group, stems };
  modules['stem-en'] = api;
  if (inNode) module.exports = api;
})();

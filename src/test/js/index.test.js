'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { searchModule, indexData, indexUrl, madeUpIndex } = require('./support.js');

const { ALPHABET, varints, Index } = searchModule('index');

/* The encoding of dev.playbooks.search.Varints, written again here as the test's own oracle. */
const encode = (values) => values.map((value) => {
  let text = '';
  do {
    const low = value & 31;
    value >>>= 5;
    text += ALPHABET[value ? low | 32 : low];
  } while (value);
  return text;
}).join('');

test('varints: five bits a character, low bits first, the sixth bit set on all but a number\'s last', () => {
  assert.deepEqual(varints('ABf'), [0, 1, 31]);
  assert.deepEqual(varints('gB'), [32]);
  assert.deepEqual(varints('_f'), [1023]);
  assert.deepEqual(varints('ggB'), [1024]);
  assert.deepEqual(varints(''), []);
});

test('varints: any number the Java side writes comes back', () => {
  const values = [0, 1, 31, 32, 1023, 1024, 65535, 1 << 24, 2147483647];
  assert.deepEqual(varints(encode(values)), values);
});

const english = () => new Index(indexData('en'), indexUrl('en'));
const idOf = (index, word) => {
  assert.ok(index.ids.has(word), `${word} is in the index`);
  return index.ids.get(word);
};

test('a page is one slot before its first heading and one per heading, numbered across the pages in order', () => {
  const index = english();
  assert.deepEqual(index.pages.map((page) => page[0]),
    ['meetings', 'coaching', 'feedback', 'handing-over', 'roles', 'micromanagement', 'forward', 'empowerment', 'tasks']);
  assert.deepEqual(Array.from(index.starts), [0, 2, 5, 7, 9, 11, 13, 15, 17, 19]);
  assert.equal(index.slots, 19);
  assert.deepEqual(Array.from(index.slotPage), [0, 0, 1, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8]);
});

test('words keep the sorted order the build wrote, and their ids are their places in it', () => {
  const index = english();
  assert.deepEqual(index.words.slice(0, 4), ['act', 'advise', 'ahead', 'allin']);
  assert.equal(index.words[idOf(index, 'feedback')], 'feedback');
  assert.deepEqual([...index.words].sort(), index.words);
  assert.equal(index.stop.has('the'), true);
  assert.equal(index.ids.has('the'), false, 'stop words are not indexed');
});

test('a hyphenated word is indexed as its parts and joined', () => {
  const index = english();
  for (const word of ['feed', 'forward', 'feedforward', 'allin']) assert.ok(index.ids.has(word), word);
  assert.equal(index.ids.has('all'), false, 'a stop word is still not indexed on its own');
});

test('the index names the stemmer of its language, which the browser then uses', () => {
  assert.equal(english().stemmer, searchModule('stem-en'));
  assert.equal(new Index(indexData('nl'), indexUrl('nl')).stemmer, searchModule('stem-nl'));
});

test('stem groups: the words that share a stem, and a word in no group on its own', () => {
  const index = english();
  const words = (ids) => ids.map((id) => index.words[id]);
  assert.deepEqual(words(index.group(idOf(index, 'delegation'))), ['delegate', 'delegation']);
  assert.deepEqual(words(index.group(idOf(index, 'meetings'))), ['meeting', 'meetings']);
  assert.deepEqual(words(index.group(idOf(index, 'coaching'))), ['coaching']);
});

test('stems: prefixes of a group\'s first word, and the rare stem that is none, from the stems list', () => {
  const index = english();
  const first = (stem) => index.words[index.groups[index.stems.get(stem)][0]];
  assert.equal(first('deleg'), 'delegate');
  assert.equal(first('empower'), 'empowerment');
  assert.equal(first('everi'), 'every');
  const dutch = new Index(indexData('nl'), indexUrl('nl'));
  const dutchFirst = (stem) => dutch.words[dutch.groups[dutch.stems.get(stem)][0]];
  assert.deepEqual(['iederen', 'jar', 'ker', 'vrag', 'wek'].map(dutchFirst),
    ['iedereen', 'jaar', 'keer', 'vraag', 'week']);
  assert.equal(index.stems.has('delegat'), false);
});

test('postings: the slots of a word with the weight there, and on how many pages it occurs', () => {
  const index = english();
  const feedback = index.postings(idOf(index, 'feedback'));
  /* Slot 1: the body of the section "Close" of meetings; slot 5: the title of the page feedback. */
  assert.deepEqual(Array.from(feedback.slots), [1 << 2 | 0, 5 << 2 | 3]);
  assert.equal(feedback.pages, 2);
  const coaching = index.postings(idOf(index, 'coaching'));
  assert.deepEqual(Array.from(coaching.slots), [2 << 2 | 3, 3 << 2 | 0]);
  assert.equal(coaching.pages, 1);
  assert.equal(index.postings(idOf(index, 'feedback')), feedback, 'decoded once');
});

test('a long session keeps at most 2000 words decoded', () => {
  const index = madeUpIndex({ words: Array.from({ length: 2001 }, (_, i) => 'w' + String(i).padStart(4, '0')) });
  for (let id = 0; id < 2000; id++) index.postings(id);
  assert.equal(index.cache.size, 2000);
  index.postings(2000);
  assert.equal(index.cache.size, 1);
  assert.deepEqual(Array.from(index.postings(2000).slots), [0]);
});

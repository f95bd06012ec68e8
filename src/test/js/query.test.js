'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { searchModule, fixtureIndex, madeUpIndex, byWord } = require('./support.js');

const { QUALITY, queryWords, expand, oneEditApart } = searchModule('query');
const { EXACT, STEM, INFERRED, PREFIX, COMPOUND, TYPO } = QUALITY;

const en = fixtureIndex('en');
const nl = fixtureIndex('nl');
const expanded = (index, word, open = false) => byWord(index, expand(index, word, open));

test('query words are folded, one-letter words and repeats dropped; a last word without a space after it is open', () => {
  assert.deepEqual(queryWords(en, 'Coaching a COACHING convers'), [
    { word: 'coaching', open: false }, { word: 'convers', open: true }
  ]);
  assert.deepEqual(queryWords(en, 'coaching.'), [{ word: 'coaching', open: false }]);
  assert.deepEqual(queryWords(en, 'x coaching y'), [{ word: 'coaching', open: false }]);
});

test('stop words are ignored, unless one is all that is typed yet: it may be the start of a word', () => {
  assert.deepEqual(queryWords(en, 'the coaching of '), [{ word: 'coaching', open: false }]);
  assert.deepEqual(queryWords(en, 'the of and '), []);
  assert.deepEqual(queryWords(en, 'the'), [{ word: 'the', open: true }]);
  assert.deepEqual(queryWords(en, 'coaching the'), [{ word: 'coaching', open: false }]);
  assert.deepEqual(queryWords(nl, 'de medewerker en het '), [{ word: 'medewerker', open: false }]);
});

test('a long query is cut to its first eight words, a pasted paragraph to 300 characters with no word open', () => {
  const ten = 'one two three four five six seven eight nine ten';
  assert.deepEqual(queryWords(en, ten).map((w) => w.word), ten.split(' ').slice(0, 8));
  const long = 'x'.repeat(295) + ' coaching';
  assert.deepEqual(queryWords(en, long), [{ word: 'x'.repeat(295), open: false }, { word: 'coac', open: false }]);
});

test('an exact word matches itself exactly and its stem group as a stem', () => {
  assert.deepEqual(expanded(en, 'delegate'), { delegate: EXACT, delegation: STEM });
  assert.deepEqual(expanded(nl, 'medewerkers'), { medewerkers: EXACT, medewerker: STEM });
});

test('a word the site never uses is inferred from the longest stem or word it starts with', () => {
  assert.deepEqual(expanded(en, 'empowered'), { empowerment: INFERRED });
  assert.deepEqual(expanded(nl, 'stappen'), { stapjes: INFERRED });
  /* "medewerkers" is a word of the index but no stem: its group comes in a step lower. */
  assert.deepEqual(expanded(nl, 'medewerkersraad'), { medewerkers: INFERRED, medewerker: INFERRED * STEM });
  /* No more than four letters are taken off. */
  assert.deepEqual(expanded(en, 'meetingroom'), { meeting: INFERRED, meetings: INFERRED * STEM });
  assert.deepEqual(expanded(en, 'meetinghouse'), {});
});

test('the word being typed matches the words it starts, and itself exactly', () => {
  assert.deepEqual(expanded(en, 'micromana', true), { micromanagement: PREFIX });
  assert.deepEqual(expanded(en, 'micromana', false), {});
  assert.deepEqual(expanded(en, 'meeting', true), { meeting: EXACT, meetings: STEM });
  assert.deepEqual(expanded(en, 'th', true), { three: PREFIX });
});

test('a stop word being typed matches only the words it starts', () => {
  assert.deepEqual(expanded(en, 'the', true), {});
  assert.deepEqual(expanded(en, 'on', true), { one: PREFIX });
  assert.deepEqual(expanded(en, 'the', false), {});
});

test('of many words that start alike, the forty used most are completed', () => {
  const words = Array.from({ length: 45 }, (_, i) => 'pa' + String(i).padStart(2, '0'));
  const index = madeUpIndex({ words, uses: words.map((_, i) => i + 1) });
  assert.deepEqual(Object.keys(byWord(index, expand(index, 'pa', true))).sort(), words.slice(5));
});

test('Dutch compounds are found by their parts, at the start and at the end', () => {
  assert.deepEqual(expanded(nl, 'betrokkenheid'), { werknemersbetrokkenheid: COMPOUND });
  assert.deepEqual(expanded(nl, 'werknemers'), { werknemersbetrokkenheid: COMPOUND });
  /* A part must leave at least three letters of the compound, at either end. */
  assert.deepEqual(expanded(nl, 'knemersbetrokkenheid'), { werknemersbetrokkenheid: COMPOUND });
  assert.deepEqual(expanded(nl, 'rknemersbetrokkenheid'), {});
  assert.deepEqual(expanded(nl, 'werknemersbetrokkenhe'), {});
});

test('a compound may also end in a word that the reader\'s word stands for', () => {
  const index = madeUpIndex({ words: ['bewerken', 'meewerken', 'werk', 'werken'], compounds: true });
  /* "werke" is being typed, so it stands for "werken" too: "meewerken" ends in it, "bewerken" by too little. */
  assert.deepEqual(byWord(index, expand(index, 'werke', true)),
    { werk: INFERRED, werken: PREFIX, meewerken: COMPOUND });
});

test('English words are not taken apart as compounds', () => {
  assert.deepEqual(expanded(en, 'management'), {});
});

test('one typo is forgiven in a word of five letters or more, bringing the stem group of the word meant', () => {
  assert.deepEqual(expanded(en, 'fedback'), { feedback: TYPO });
  assert.deepEqual(expanded(en, 'tsaks'), { task: TYPO, tasks: TYPO });
  assert.deepEqual(expanded(nl, 'onderzeok'), { onderzoek: TYPO });
  assert.deepEqual(expanded(en, 'taks'), {});
  assert.deepEqual(expanded(en, 'fdebak'), {});
  /* Only a word that matches nothing is taken for a typo: "vraag" is no misspelt "vraagt". */
  assert.deepEqual(expanded(nl, 'vraag'), { vraag: EXACT });
});

test('one edit apart: a letter wrong, missing or extra, or two neighbours swapped; not two edits', () => {
  assert.equal(oneEditApart('feedbeck', 'feedback'), true);
  assert.equal(oneEditApart('fedback', 'feedback'), true);
  assert.equal(oneEditApart('feedbacks', 'feedback'), true);
  assert.equal(oneEditApart('feedbcak', 'feedback'), true);
  assert.equal(oneEditApart('fedbak', 'feedback'), false);
  assert.equal(oneEditApart('fdeebakc', 'feedback'), false);
  assert.equal(oneEditApart('feedbxyk', 'feedback'), false);
});

'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { searchModule, foldingVectors } = require('./support.js');

const { fold, words, wordsOf } = searchModule('fold');
const vectors = foldingVectors();

test('the shared vectors are read, so an empty or misread file cannot pass', () => {
  assert.ok(vectors.length >= 30, `only ${vectors.length} vectors`);
  assert.ok(vectors.some((v) => v.input === 'Stra\u00dfe'));
});

for (const vector of vectors) {
  test(`folds and breaks words as dev.playbooks.i18n.Words does, line ${vector.line}: ${vector.input}`, () => {
    assert.equal(fold(vector.input), vector.folded);
    assert.deepEqual(words(vector.input, 'nl'), vector.words);
    assert.deepEqual(words(vector.input, 'en'), vector.words);
  });
}

test('each word keeps the place of the text it came from, for marking it in a snippet', () => {
  assert.deepEqual(wordsOf('Don\u2019t STOP, e.g. now', 'en'), [
    { word: 'dont', start: 0, end: 5 },
    { word: 'stop', start: 6, end: 10 },
    { word: 'e', start: 12, end: 15 },
    { word: 'g', start: 12, end: 15 },
    { word: 'now', start: 17, end: 20 }
  ]);
});

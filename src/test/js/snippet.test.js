'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { searchModule } = require('./support.js');

const { snippet } = searchModule('snippet');

test('marks the matched words as the text writes them, and cuts at a space', () => {
  const text = 'In dit team kiezen Medewerkers hun eigen aanpak, en dat werkt.';
  assert.deepEqual(snippet(text, 'nl', new Set(['medewerkers']), 40), [
    ['In dit team kiezen ', false], ['Medewerkers', true], [' hun eigen', false], ['…', false]
  ]);
});

test('a match far into the text starts the piece a third of its length before it', () => {
  const text = 'word '.repeat(60) + 'Feedback helps. ' + 'more '.repeat(10);
  const parts = snippet(text, 'en', new Set(['feedback']), 60);
  assert.deepEqual(parts[0], ['…', false]);
  assert.deepEqual(parts.filter(([, marked]) => marked), [['Feedback', true]]);
  assert.equal(parts.map(([part]) => part).join(''),
    '…word word word word Feedback helps. more more more more more…');
});

test('every match within the piece is marked, and a text without one gives nothing', () => {
  assert.deepEqual(snippet('Delegate; delegation follows.', 'en', new Set(['delegate', 'delegation'])), [
    ['', false], ['Delegate', true], ['; ', false], ['delegation', true], [' follows.', false]
  ]);
  assert.deepEqual(snippet('Nothing here.', 'en', new Set(['feedback'])), []);
});

test('a hyphenated word the query matched joined is marked part by part', () => {
  assert.deepEqual(snippet('Ask for feed-forward, then feed the cat.', 'en', new Set(['feedforward'])), [
    ['Ask for ', false], ['feed', true], ['-', false], ['forward', true], [', then feed the cat.', false]
  ]);
  assert.deepEqual(snippet('Een één-op-ééngesprek.', 'nl', new Set(['eenopeengesprek'])).filter(([, m]) => m),
    [['één', true], ['op', true], ['ééngesprek', true]]);
});

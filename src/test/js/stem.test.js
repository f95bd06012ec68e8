'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { searchModule } = require('./support.js');

/* The vectors StemmingVectorsTest writes from the Java stemmers: lang, word, group, stems. */
const VECTORS = path.resolve(__dirname, '../../../src/test/resources/search/stemming-vectors.tsv');
const vectors = fs.readFileSync(VECTORS, 'utf8').split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'))
  .map((line) => line.split('\t'));

for (const lang of ['en', 'nl']) {
  test(`the ${lang} stemmer gives every word of the shared vectors the Java side's group and stems`, () => {
    const stemmer = searchModule('stem-' + lang);
    const mine = vectors.filter(([l]) => l === lang);
    assert.ok(mine.length > 1000, `only ${mine.length} ${lang} vectors`);
    const wrong = mine.filter(([, word, group, stems]) =>
      stemmer.group(word) !== group || stemmer.stems(word).join(' ') !== stems)
      .map(([, word, group, stems]) => `${word}: ${stemmer.group(word)} [${stemmer.stems(word)}], Java ${group} [${stems}]`);
    assert.deepEqual(wrong, []);
  });
}

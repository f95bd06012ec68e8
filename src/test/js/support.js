/* What the Node tests of the search modules share: the modules themselves (the very files the browser loads), the
   committed fixture indexes, and the folding vectors the Java side is held to. Not a test file itself. */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const REPO = path.resolve(__dirname, '../../..');
const MODULES = path.join(REPO, 'templates/assets/search');
const FIXTURE = path.join(REPO, 'src/test/resources/search/fixture');
const VECTORS = path.join(REPO, 'src/test/resources/search/folding-vectors.tsv');

const searchModule = (name) => require(path.join(MODULES, name + '.js'));

/* An index script assigns its data to window.playbooksSearchIndex[lang]; run it the way a page does (in this
   realm, so that its arrays compare equal to the tests' own). */
const indexData = (lang) => {
  const window = {};
  vm.compileFunction(fs.readFileSync(path.join(FIXTURE, lang, 'search-index.js'), 'utf8'), ['window'])(window);
  return window.playbooksSearchIndex[lang];
};

/* Where the fixture's index would lie in a site opened from disk; results link relative to it. */
const indexUrl = (lang) => `file:///site/${lang}/search-index.js`;

/* A fresh index of the fixture, so no test sees another's decoded postings or scratch space. */
const fixtureIndex = (lang) => new (searchModule('rank').SearchIndex)(indexData(lang), indexUrl(lang));

/* A made-up index for what the fixture has too few words to show: one page, its sections as many as the most used
   word needs, word i in the body of the first uses[i] of them (one when not given), and no stem groups. */
const madeUpIndex = ({ words, uses = [], compounds = false }) => {
  const sections = Math.max(1, ...uses);
  const headings = Array.from({ length: sections - 1 }, (_, s) => ['s' + s, 'S' + s]).flat();
  return new (searchModule('rank').SearchIndex)({
    lang: compounds ? 'nl' : 'en', suffix: 'index.html', compounds, stop: '', pages: [['only', 'Only', ...headings]],
    words: words.join(' '), groups: '', postings: words.map((_, i) => 'A'.repeat(uses[i] || 1))
  }, indexUrl('en'));
};

/* The words of an expansion (word id → quality) by name, to compare with what a test expects. */
const byWord = (index, expansion) =>
  Object.fromEntries([...expansion].map(([id, quality]) => [index.words[id], quality]));

/* The vectors as dev.playbooks.i18n.FoldingVectors reads them: three tab-separated columns, \uXXXX escapes. */
const foldingVectors = () => {
  const unescape = (text) => text.replace(/\\u([0-9A-Fa-f]{4})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
  const vectors = [];
  fs.readFileSync(VECTORS, 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const columns = line.split('\t');
    if (columns.length !== 3) throw new Error(`${VECTORS}:${i + 1}: expected 3 tab-separated columns`);
    const [input, folded, words] = columns.map(unescape);
    vectors.push({ line: i + 1, input, folded, words: words ? words.split(' ') : [] });
  });
  return vectors;
};

module.exports = { searchModule, indexData, indexUrl, fixtureIndex, madeUpIndex, byWord, foldingVectors };

'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { searchModule, fixtureIndex, madeUpIndex } = require('./support.js');

const { requiredMatches } = searchModule('rank');

const en = fixtureIndex('en');
const nl = fixtureIndex('nl');
const slugs = (index, query) => index.search(query).results.map((result) => result.slug);
const scores = (index, query) => index.search(query).results.map((result) => result.score);
const assertRatio = (low, high, ratio) =>
  assert.ok(Math.abs(low / high - ratio) < 1e-9, `${low} / ${high} is not ${ratio}`);

test('an exact word finds its pages, best first', () => {
  assert.deepEqual(slugs(en, 'feedback'), ['feedback', 'meetings']);
  assert.deepEqual(slugs(nl, 'feedback'), ['feedback-geven', 'klein-beginnen']);
});

test('a title match ranks above a body mention, by the weights of the two places', () => {
  const [title, body] = scores(en, 'feedback');
  assertRatio(body, title, 1 / 8);
});

test('an exact word ranks above a word of its stem group in the same place', () => {
  assert.deepEqual(slugs(en, 'delegation'), ['handing-over', 'tasks']);
  assert.deepEqual(slugs(en, 'delegate'), ['tasks', 'handing-over']);
  const [exact, stem] = scores(en, 'delegation');
  assertRatio(stem, exact, 0.8);
  assert.deepEqual(slugs(nl, 'medewerker '), ['leiding', 'ruimte']);
  assert.deepEqual(slugs(nl, 'medewerkers '), ['ruimte', 'leiding']);
});

test('a score is quality × rarity × the weight of the place, and a rarer word weighs more', () => {
  /* Seven pages; "coaching" is on one of them, in its title, "feedback" on two. */
  assertRatio(en.search('coaching').results[0].score, 8 * Math.log(1 + 7 / 1), 1);
  assertRatio(en.search('feedback').results[0].score, 8 * Math.log(1 + 7 / 2), 1);
  assertRatio(en.search('fedback').results[0].score, 0.45 * 8 * Math.log(1 + 7 / 2), 1);
});

test('a query word counts once per page, by its best match there, however many words it stands for', () => {
  const index = madeUpIndex({ words: ['pan', 'pancake', 'pane'] });
  const [only] = index.search('pa').results;
  assertRatio(only.score, 0.6 * Math.log(1 + 1 / 1), 1);
});

test('pages that score the same keep the order of the site', () => {
  assert.deepEqual(slugs(en, 'practice '), ['handing-over', 'tasks']);
  const [first, second] = scores(en, 'practice ');
  assert.equal(first, second);
});

test('a word form the site does not use finds the page by its stem', () => {
  assert.deepEqual(slugs(en, 'empowered '), ['empowerment']);
  assert.deepEqual(slugs(nl, 'stappen '), ['klein-beginnen']);
});

test('the word being typed finds the words it starts; once followed by a space, it stands for itself', () => {
  assert.deepEqual(slugs(en, 'micromana'), ['micromanagement']);
  assert.deepEqual(slugs(en, 'micromana '), []);
});

test('a part of a Dutch compound finds the compound, and links to the section it is in', () => {
  const [result] = nl.search('betrokkenheid ').results;
  assert.equal(result.slug, 'meten');
  assert.equal(result.heading, 'Onderzoek');
});

test('one typo is forgiven in a longer word, not in a short one', () => {
  assert.deepEqual(slugs(en, 'fedback'), ['feedback', 'meetings']);
  assert.deepEqual(slugs(nl, 'onderzeok'), ['meten']);
  assert.deepEqual(slugs(en, 'taks'), []);
});

test('stop words never decide what is found', () => {
  assert.deepEqual(slugs(en, 'the coaching of '), slugs(en, 'coaching'));
  assert.deepEqual(slugs(nl, 'de medewerker en het '), slugs(nl, 'medewerker'));
  assert.deepEqual(en.search('the of and '), { words: [], results: [] });
});

test('every word of a short query must match; a longer one needs two thirds of its words', () => {
  assert.deepEqual([1, 2, 3, 4, 5, 6, 7, 8].map(requiredMatches), [1, 2, 3, 3, 4, 4, 5, 6]);
  assert.deepEqual(slugs(en, 'coaching questions'), ['coaching']);
  assert.deepEqual(slugs(en, 'coaching xyzzy'), []);
  assert.deepEqual(slugs(en, 'open questions xyzzy'), []);
  assert.deepEqual(slugs(en, 'coaching conversation curiosity xyzzy'), ['coaching']);
  assert.deepEqual(slugs(en, 'coaching feedback'), [], 'both words, but on no page together');
});

test('a result links to the section that matched, or to the page when the match is in its title', () => {
  const [questions] = en.search('open questions ').results;
  assert.deepEqual(questions, {
    page: 1, lang: 'en', slug: 'coaching', title: 'Coaching', score: questions.score, section: 2,
    heading: 'Questions', anchor: 'questions', href: 'file:///site/en/coaching/index.html#questions'
  });
  const [feedback] = en.search('feedback').results;
  assert.equal(feedback.section, 0);
  assert.equal(feedback.href, 'file:///site/en/feedback/index.html');
});

test('a title match says nothing about which section to show', () => {
  /* "tasks" is in the title of the page tasks, "task" in its section Practice. */
  const [tasks] = en.search('task ').results;
  assert.equal(tasks.slug, 'tasks');
  assert.equal(tasks.heading, 'Practice');
});

test('the words that matched come back, to be marked in snippets', () => {
  assert.deepEqual(en.search('delegate').words, ['delegate', 'delegation']);
  assert.deepEqual(en.search('xyzzy').words, []);
});

test('results are limited, and a search leaves nothing behind for the next one', () => {
  assert.deepEqual(slugs(en, 'feedback'), ['feedback', 'meetings']);
  assert.equal(en.search('feedback', 1).results.length, 1);
  const first = en.search('coaching conversation');
  en.search('feedback delegation practice');
  assert.deepEqual(en.search('coaching conversation'), first);
});

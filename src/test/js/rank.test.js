'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { fixtureIndex, madeUpIndex } = require('./support.js');

const en = fixtureIndex('en');
const nl = fixtureIndex('nl');
const slugs = (index, query) => index.search(query).results.map((result) => result.slug);
const scores = (index, query) => index.search(query).results.map((result) => result.score);
const assertRatio = (low, high, ratio) =>
  assert.ok(Math.abs(low / high - ratio) < 1e-9, `${low} / ${high} is not ${ratio}`);
/* How much a word weighs on a site of nine pages when it occurs on `pages` of them. */
const rarity = (pages) => Math.log(1 + 9 / pages);

test('an exact word finds its pages, best first', () => {
  assert.deepEqual(slugs(en, 'feedback'), ['feedback', 'meetings']);
  assert.deepEqual(slugs(nl, 'feedback'), ['feedback-geven', 'klein-beginnen']);
});

test('a title match ranks above a body mention: the weight of the place, plus the best section', () => {
  /* The title weighs 8 and counts as body (1) for its section; the body weighs 1, and 1 as its section. */
  const [title, body] = scores(en, 'feedback');
  assertRatio(body, title, 2 / 9);
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
  /* Nine pages; "coaching" is on one of them, in its title, "feedback" on two. */
  assertRatio(en.search('coaching').results[0].score, 9 * rarity(1), 1);
  assertRatio(en.search('feedback').results[0].score, 9 * rarity(2), 1);
  assertRatio(en.search('fedback').results[0].score, 0.45 * 9 * rarity(2), 1);
});

test('a query word counts once per page, by its best match there, however many words it stands for', () => {
  const index = madeUpIndex({ words: ['pan', 'pancake', 'pane'] });
  const [only] = index.search('pa').results;
  assertRatio(only.score, 2 * 0.6 * Math.log(1 + 1 / 1), 1);
});

test('pages that score the same keep the order of the site', () => {
  assert.deepEqual(slugs(en, 'practice '), ['handing-over', 'tasks']);
  const [first, second] = scores(en, 'practice ');
  assert.equal(first, second);
});

test('a word form the site does not use finds the page by its stem, however long its ending', () => {
  assert.deepEqual(slugs(en, 'empowered '), ['empowerment']);
  assert.deepEqual(slugs(en, 'responsibilities '), ['roles']);
  assert.deepEqual(slugs(nl, 'stappen '), ['klein-beginnen']);
  assert.deepEqual(slugs(nl, 'verantwoordelijkheden '), ['rollen']);
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

test('a compound is found joined, hyphenated and spaced, in both languages', () => {
  for (const query of ['feedforward', 'feed-forward', 'feed forward']) {
    assert.deepEqual(slugs(en, query), ['forward'], query);
    assert.deepEqual(slugs(nl, query), ['vooruit'], query);
  }
  assert.deepEqual(slugs(en, 'jobdescription '), ['roles']);
  assert.deepEqual(slugs(nl, 'functie omschrijving '), ['rollen']);
});

test('one typo is forgiven in a longer word, not in a short one; Dutch spelling habits too', () => {
  assert.deepEqual(slugs(en, 'fedback'), ['feedback', 'meetings']);
  assert.deepEqual(slugs(nl, 'onderzeok'), ['meten']);
  assert.deepEqual(slugs(en, 'taks'), []);
  assert.deepEqual(slugs(nl, 'bydrage '), ['ijver']);
  assert.deepEqual(slugs(nl, 'beidrage '), ['ijver']);
});

test('stop words never decide what is found, and a query of nothing but stop words is a phrase', () => {
  assert.deepEqual(slugs(en, 'the coaching of '), slugs(en, 'coaching'));
  assert.deepEqual(slugs(nl, 'de medewerker en het '), slugs(nl, 'medewerker'));
  assert.deepEqual(en.search('the of and '), { words: [], results: [], missing: ['theofand'], covered: 0, of: 1 });
  assert.deepEqual(slugs(nl, 'een op een'), ['vooruit']);
});

test('pages rank by how much of the query they cover, then by how well they match it', () => {
  assert.deepEqual(slugs(en, 'coaching questions'), ['coaching']);
  /* Each word on a page of its own: both pages, the rarer word's title first. */
  assert.deepEqual(slugs(en, 'coaching feedback'), ['coaching', 'feedback', 'meetings']);
  /* "open" and "questions" are on one page, "practice" on two others. */
  const found = en.search('open questions practice ');
  assert.deepEqual(found.results.map((result) => [result.slug, result.cover]),
    [['coaching', 2], ['handing-over', 1], ['tasks', 1]]);
});

test('a word that matches nothing is reported, and never empties the list the other words fill', () => {
  const found = en.search('coaching xyzzy');
  assert.deepEqual(found.results.map((result) => result.slug), ['coaching']);
  assert.deepEqual([found.missing, found.covered, found.of], [['xyzzy'], 1, 2]);
  assert.deepEqual(slugs(en, 'open questions xyzzy'), ['coaching']);
  assert.deepEqual(slugs(en, 'xyzzy'), []);
  assert.deepEqual(slugs(nl, 'kwijlbal'), []);
});

test('a page covering less than half of what the best page covers is left out', () => {
  /* A pasted sentence: "coaching" covers four of its words, the pages with only "open" or "starts" one. */
  assert.deepEqual(slugs(en, 'Coaching starts with curiosity and open questions. '), ['coaching']);
});

test('a result links to the section that matched, or to the page when the match is in its title', () => {
  const [questions] = en.search('open questions ').results;
  assert.deepEqual(questions, {
    page: 1, lang: 'en', slug: 'coaching', title: 'Coaching', score: questions.score, cover: 2, section: 2,
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

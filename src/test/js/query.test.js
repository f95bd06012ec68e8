'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { searchModule, fixtureIndex, madeUpIndex, byWord } = require('./support.js');

const { QUALITY, queryWords, termsOf, expand, spellings, split, oneEditApart } = searchModule('query');
const { EXACT, JOINED, STEM, INFERRED, PREFIX, SPELLING, COMPOUND, TYPO } = QUALITY;

const en = fixtureIndex('en');
const nl = fixtureIndex('nl');
const expanded = (index, word, open = false) => byWord(index, expand(index, word, open));
/* Each term of a query with the words of the index it matches. */
const termWords = (index, query) =>
  Object.fromEntries(termsOf(index, query).terms.map(({ word, found }) => [word, byWord(index, found)]));
const slugs = (index, query) => index.search(query).results.map((result) => result.slug);

test('query words are folded, one-letter words and repeats dropped; a last word without a space after it is open', () => {
  assert.deepEqual(queryWords(en, 'Coaching a COACHING convers'), [
    { word: 'coaching', open: false, at: 0 }, { word: 'convers', open: true, at: 3 }
  ]);
  assert.deepEqual(queryWords(en, 'coaching.'), [{ word: 'coaching', open: false, at: 0 }]);
  assert.deepEqual(queryWords(en, 'x coaching y '), [{ word: 'coaching', open: false, at: 1 }]);
});

test('a word followed only by a single letter being typed stays open: the letter starts the next word', () => {
  assert.deepEqual(queryWords(en, 'micromana g'), [{ word: 'micromana', open: true, at: 0 }]);
  assert.deepEqual(queryWords(nl, 'feedback g '), [{ word: 'feedback', open: false, at: 0 }]);
  assert.deepEqual(slugs(en, 'micromana g'), ['micromanagement']);
});

test('stop words are not searched for inside a longer query', () => {
  assert.deepEqual(queryWords(en, 'the coaching of '), [{ word: 'coaching', open: false, at: 1 }]);
  assert.deepEqual(queryWords(en, 'coaching the'), [{ word: 'coaching', open: false, at: 0 }]);
  assert.deepEqual(queryWords(nl, 'de medewerker en het '), [{ word: 'medewerker', open: false, at: 1 }]);
});

test('a query of stop words only is a phrase, searched as the word it makes; one being typed may start a word', () => {
  assert.deepEqual(queryWords(nl, 'een op een'), [{ word: 'eenopeen', open: true, at: -1 }]);
  assert.deepEqual(queryWords(en, 'the of and '), [{ word: 'theofand', open: false, at: -1 }]);
  assert.deepEqual(queryWords(en, 'the'), [{ word: 'the', open: true, at: -1 }]);
  assert.deepEqual(slugs(nl, 'een op een'), ['vooruit'], 'the start of "één-op-ééngesprek", indexed joined');
  assert.deepEqual(slugs(en, 'all in'), ['forward'], '"all-in", indexed joined');
  assert.deepEqual(slugs(en, 'the of and '), []);
});

test('a long query is cut to its first eight words, a pasted paragraph to 300 characters with no word open', () => {
  const ten = 'one two three four five six seven eight nine ten';
  assert.deepEqual(queryWords(en, ten).map((w) => w.word), ten.split(' ').slice(0, 8));
  const long = 'x'.repeat(295) + ' coaching';
  assert.deepEqual(queryWords(en, long), [{ word: 'x'.repeat(295), open: false, at: 0 }, { word: 'coac', open: false, at: 1 }]);
});

test('an exact word matches itself exactly and its stem group as a stem', () => {
  assert.deepEqual(expanded(en, 'delegate'), { delegate: EXACT, delegation: STEM });
  assert.deepEqual(expanded(nl, 'medewerkers'), { medewerkers: EXACT, medewerker: STEM });
});

test('a word the site never uses finds the stem group Snowball puts it in, however long its ending', () => {
  assert.deepEqual(expanded(en, 'empowered'), { empowerment: INFERRED });
  assert.deepEqual(expanded(en, 'responsibilities'), { responsibility: INFERRED });
  assert.deepEqual(expanded(nl, 'stappen'), { stapjes: INFERRED });
  assert.deepEqual(expanded(nl, 'verantwoordelijkheden'), { verantwoordelijk: INFERRED });
  /* Not by its start: a word that only begins like one of the site's is another word. */
  assert.deepEqual(expanded(en, 'meetinghouse'), {});
  assert.deepEqual(expanded(nl, 'stapelbed'), {});
});

test('without a stemmer for the language, a word is inferred from the longest stem or word it starts with', () => {
  const index = madeUpIndex({ words: ['meeting', 'meetings'] });
  index.stemmer = null;
  assert.deepEqual(byWord(index, expand(index, 'meetingroom')), { meeting: INFERRED });
  assert.deepEqual(byWord(index, expand(index, 'meetinghouse')), {}, 'no more than four letters are taken off');
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

test('words typed apart find the word the site writes as one, hyphenated or joined, and each counts it', () => {
  const feedForward = { feed: JOINED, forward: JOINED };
  assert.deepEqual(termWords(en, 'feed forward'), { feed: { feed: EXACT, feedforward: JOINED },
    forward: { forward: EXACT, feedforward: JOINED } });
  assert.deepEqual(Object.keys(termWords(nl, 'feed forward')), Object.keys(feedForward));
  assert.deepEqual(termWords(nl, 'feed-forward'), { feed: { feedforward: JOINED }, forward: { feedforward: JOINED } });
  assert.deepEqual(termWords(nl, 'functie omschrijving '), { functie: { functieomschrijving: JOINED },
    omschrijving: { functieomschrijving: JOINED } });
  /* Stop words between the words join too: "één-op-één gesprek" finds "één-op-ééngesprek". */
  assert.deepEqual(termWords(nl, 'één-op-één gesprek '), { gesprek: { eengesprek: JOINED, eenopeengesprek: JOINED } });
});

test('English words are not taken apart as compounds', () => {
  assert.deepEqual(expanded(en, 'management'), {});
});

test('a word typed joined that the site writes apart is split in two words of the index, each half of it', () => {
  assert.deepEqual(split(en, 'jobdescription'), ['job', 'description']);
  assert.deepEqual(split(nl, 'feedbackgeven'), ['feedback', 'geven']);
  assert.deepEqual(termsOf(en, 'jobdescription ').terms.map(({ word, share }) => [word, share]),
    [['job', 0.5], ['description', 0.5]]);
  /* Only when the word itself matches nothing, and only into words, not syllables. */
  assert.deepEqual(termsOf(en, 'feedforward ').terms.map(({ word }) => word), ['feedforward']);
  assert.equal(split(en, 'jobdes'), null);
  assert.equal(split(nl, 'kwijlbal'), null);
});

test('Dutch spelling habits, y for ij and ei for ij, are tried for a word that matches nothing else', () => {
  assert.deepEqual([...spellings('bydrage')].sort(), ['bijdrage']);
  assert.deepEqual([...spellings('vrijheid')].sort(), ['vreiheid', 'vreihijd', 'vrijhijd', 'vryheid', 'vryhijd']);
  assert.deepEqual(termWords(nl, 'bydrage '), { bydrage: { bijdrage: SPELLING } });
  assert.deepEqual(termWords(nl, 'beidrage '), { beidrage: { bijdrage: SPELLING } });
  assert.deepEqual(termWords(nl, 'yverig '), { yverig: { ijverig: SPELLING } });
  assert.deepEqual(termWords(en, 'bydrage '), {}, 'only in Dutch');
});

test('one typo is forgiven in a word of five letters or more, bringing the stem group of the word meant', () => {
  assert.deepEqual(termWords(en, 'fedback '), { fedback: { feedback: TYPO } });
  assert.deepEqual(termWords(en, 'tsaks '), { tsaks: { task: TYPO, tasks: TYPO } });
  assert.deepEqual(termWords(nl, 'onderzeok '), { onderzeok: { onderzoek: TYPO } });
  assert.deepEqual(termWords(en, 'taks '), {});
  assert.deepEqual(termWords(en, 'fdebak '), {});
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

'use strict';
/* The decisions behind a reader's ticks, in the very script pages load: moving the first storage format to the
   current one, following a step whose words changed a little, and reading back a saved progress file. */
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const { migrate, match, exportFile, importFile } =
  require(path.join(__dirname, '..', '..', '..', 'templates', 'assets', 'checklists.js'));

const SITE = 'https://playbooks.example.org/';

test('the first format, by position, becomes ids of the page that shows the steps', () => {
  const ids = ['ask-one-question', 'share-one-goal', 'agree-on-a-check-in'];
  assert.deepEqual(migrate({ 'item-1': true, 'item-3': true, 'item-2': false }, ids),
    { v: 2, done: { 'ask-one-question': true, 'agree-on-a-check-in': true } });
  assert.deepEqual(migrate({ 'item-9': true }, ids), { v: 2, done: {} }, 'a position the page does not have');
});

test('the current format is kept as it is, and anything else starts empty', () => {
  const state = { v: 2, done: { 'share-one-goal': true } };
  assert.equal(migrate(state, []), state);
  assert.deepEqual(migrate(null, ['a']), { v: 2, done: {} });
  assert.deepEqual(migrate([true], ['a']), { v: 2, done: {} });
});

test('a tick follows its step when a typo in it is fixed', () => {
  assert.deepEqual(match(['write-down-the-desierd-result-the-deadline-and'],
    ['a-new-first-step', 'write-down-the-desired-result-the-deadline-and']),
  { 'write-down-the-desierd-result-the-deadline-and': 'write-down-the-desired-result-the-deadline-and' });
});

test('a step rewritten or removed loses its tick rather than lend it to another step', () => {
  assert.deepEqual(match(['ask-one-question'], ['agree-on-two-fixed-check-in-moments']), {});
  assert.deepEqual(match(['step-1-plan-it'], ['step-2-plan-it', 'step-3-plan-it']), {},
    'two steps as close as each other: neither');
  assert.deepEqual(match(['share-one-goal'], ['share-one-goal']), {}, 'nothing moves when the id is there');
});

test('a tick never moves onto a step that is ticked already', () => {
  assert.deepEqual(match(['share-one-goals', 'share-one-goal'], ['share-one-goal']), {});
});

test('a saved file reads back as it was saved', () => {
  const checklists = { 'career-autonomy': ['keep-an-energy-log', 'share-one-wish'] };
  const saved = exportFile(SITE, checklists, new Date('2026-12-01T12:00:00Z'));
  assert.equal(JSON.parse(saved).saved, '2026-12-01T12:00:00.000Z');
  assert.deepEqual(importFile(saved, SITE), { checklists });
});

test('a file that is not right changes nothing and says why', () => {
  const good = JSON.parse(exportFile(SITE, { k: ['a-step'] }, new Date(0)));
  const variant = (change) => JSON.stringify(Object.assign({}, good, change));
  assert.deepEqual(importFile('not json at all', SITE), { error: 'notAFile' });
  assert.deepEqual(importFile('{"hello": 1}', SITE), { error: 'notAFile' });
  assert.deepEqual(importFile(variant({ version: 2 }), SITE), { error: 'newer' });
  assert.deepEqual(importFile(variant({ version: 0 }), SITE), { error: 'older' });
  assert.deepEqual(importFile(variant({ site: 'https://elsewhere.example/' }), SITE),
    { error: 'otherSite', site: 'https://elsewhere.example/' });
  assert.deepEqual(importFile(variant({ checklists: { k: ['<script>'] } }), SITE), { error: 'notAFile' });
  assert.deepEqual(importFile(variant({ checklists: { k: 'a-step' } }), SITE), { error: 'notAFile' });
});

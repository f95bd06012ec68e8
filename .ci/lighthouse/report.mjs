// Reads the Lighthouse JSON reports the ./lighthouse script wrote, prints one row per page and a line per missed
// target, and exits 1 if any target was missed:
//   node report.mjs target/lighthouse/pages.tsv      (lines: kind, path, report file)
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const TARGETS = 'accessibility, best practices and SEO 100; performance >= 98; CLS < 0.05; no console error; ' +
  'page weight without images <= 100 KiB, 200 KiB for search results';
/* A results page is the one page that must load a language's search index, its scripts and the text of the results
   on screen; served uncompressed, as here, they weigh about 60 KiB more than the page itself (about 20 gzipped). */
const MAX_KIB = { search: 200 };

const manifest = process.argv[2];
const pages = readFileSync(manifest, 'utf8').trim().split('\n').map((line) => {
  const [kind, page, file] = line.split('\t');
  return { kind, page, file: path.resolve(path.dirname(manifest), file) };
});

/* A category's score, 0-100: Lighthouse's own, or, where audits are set aside or rescored, the same weighted mean
   Lighthouse takes, without them. */
function categoryScore(report, id, adjust) {
  if (!adjust.excluded.size && !Object.keys(adjust.scores).length) {
    const score = report.categories[id].score;
    return score === null ? null : Math.round(score * 100);
  }
  const refs = report.categories[id].auditRefs.filter((ref) => ref.weight > 0 && !adjust.excluded.has(ref.id));
  const scores = refs.map((ref) => ({ score: adjust.scores[ref.id] ?? report.audits[ref.id].score, weight: ref.weight }));
  if (!scores.length || scores.some((s) => s.score === null)) return null;
  const weight = scores.reduce((total, s) => total + s.weight, 0);
  return Math.round((scores.reduce((total, s) => total + s.score * s.weight, 0) / weight) * 100);
}

/* The audits that cost a category points, for whoever fixes the page. */
function losses(report, id, adjust) {
  return report.categories[id].auditRefs
    .filter((ref) => ref.weight > 0 && !adjust.excluded.has(ref.id))
    .filter((ref) => (adjust.scores[ref.id] ?? report.audits[ref.id].score) < 1)
    .map((ref) => ref.id);
}

function measure({ kind, page, file }) {
  if (!existsSync(file)) return { page, failed: 'no report (see the .log beside it)' };
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if (report.runtimeError) return { page, failed: report.runtimeError.message };
  const audits = report.audits;
  let consoleErrors = audits['errors-in-console'].details?.items ?? [];
  const adjust = { excluded: new Set(), scores: {} };
  if (kind === '404') {
    // Answering 404 is what this page is for: its status, and the browser's console line about it, are no fault.
    consoleErrors = consoleErrors.filter((item) => item.sourceLocation?.url !== report.finalDisplayedUrl);
    adjust.excluded.add('http-status-code');
    adjust.scores['errors-in-console'] = consoleErrors.length ? 0 : 1;
  }
  const requests = audits['network-requests'].details?.items ?? [];
  const isImage = (r) => r.resourceType === 'Image' || (r.mimeType ?? '').startsWith('image/');
  const bytes = (list) => list.reduce((total, r) => total + (r.transferSize ?? 0), 0);
  const score = (id) => categoryScore(report, id, adjust);
  return {
    kind,
    page,
    adjusted: kind === '404',
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcp: audits['largest-contentful-paint'].numericValue,
    cls: audits['cumulative-layout-shift'].numericValue,
    tbt: audits['total-blocking-time'].numericValue,
    kib: bytes(requests) / 1024,
    kibWithoutImages: bytes(requests.filter((r) => !isImage(r))) / 1024,
    consoleErrors: consoleErrors.length,
    losses: Object.fromEntries(['performance', 'accessibility', 'best-practices', 'seo']
      .map((id) => [id, losses(report, id, adjust)])),
    errorLines: consoleErrors.map((item) => `${item.description} (${item.sourceLocation?.url ?? item.url ?? ''})`),
  };
}

const rows = pages.map(measure);
const mark = (row, value) => (value === null || value === undefined ? '-' : String(value) + (row.adjusted ? '*' : ''));
const columns = [
  ['page', (r) => r.page],
  ['perf', (r) => r.performance ?? '-'],
  ['a11y', (r) => r.accessibility ?? '-'],
  ['best', (r) => mark(r, r.bestPractices)],
  ['SEO', (r) => mark(r, r.seo)],
  ['LCP ms', (r) => (r.lcp === undefined ? '-' : Math.round(r.lcp))],
  ['CLS', (r) => (r.cls === undefined ? '-' : r.cls.toFixed(3))],
  ['TBT ms', (r) => (r.tbt === undefined ? '-' : Math.round(r.tbt))],
  ['KiB', (r) => (r.kib === undefined ? '-' : r.kib.toFixed(1))],
  ['KiB no img', (r) => (r.kibWithoutImages === undefined ? '-' : r.kibWithoutImages.toFixed(1))],
  ['console errors', (r) => r.consoleErrors ?? '-'],
];
const cells = [columns.map(([title]) => title), ...rows.map((row) => columns.map(([, value]) => String(value(row))))];
const widths = columns.map((_, i) => Math.max(...cells.map((line) => line[i].length)));
const format = (line) => line.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
console.log(format(cells[0]));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
cells.slice(1).forEach((line) => console.log(format(line)));
if (rows.some((row) => row.adjusted)) {
  console.log('* a 404 page is judged without its own 404: the http-status-code audit and the console line for it.');
}

const misses = [];
const because = (row, id) => (row.losses[id].length ? ` (${row.losses[id].join(', ')})` : '');
for (const row of rows) {
  if (row.failed) {
    misses.push(`${row.page}: Lighthouse failed: ${row.failed}`);
    continue;
  }
  for (const [name, id, value] of [['accessibility', 'accessibility', row.accessibility],
    ['best practices', 'best-practices', row.bestPractices], ['SEO', 'seo', row.seo]]) {
    if (value !== 100) misses.push(`${row.page}: ${name} ${value ?? 'not scored'} < 100${because(row, id)}`);
  }
  if (row.performance === null || row.performance < 98) {
    misses.push(`${row.page}: performance ${row.performance ?? 'not scored'} < 98${because(row, 'performance')}`);
  }
  if (!(row.cls < 0.05)) misses.push(`${row.page}: CLS ${row.cls?.toFixed(3)} >= 0.05`);
  if (row.consoleErrors > 0) {
    misses.push(`${row.page}: ${row.consoleErrors} console error(s): ${row.errorLines.join('; ')}`);
  }
  const maxKib = MAX_KIB[row.kind] ?? 100;
  if (!(row.kibWithoutImages <= maxKib)) {
    misses.push(`${row.page}: ${row.kibWithoutImages.toFixed(1)} KiB without images > ${maxKib}`);
  }
}
console.log();
if (misses.length) {
  console.log(`${misses.length} missed target(s) (${TARGETS}):`);
  misses.forEach((line) => console.log('MISS ' + line));
  process.exit(1);
}
console.log(`Every page meets every target (${TARGETS}).`);

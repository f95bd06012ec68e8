/* The root page offers first the language the reader chose last, else the first of their browser's languages the
   site has. It runs as soon as the choices are read, before the page is first drawn, so nothing moves; it never
   leaves the page on its own, and every language stays one plain link away. Each language's search leads to its
   results page with the query in the address (the page's policy lets no form submit from disk, a script may go
   there), and / comes to the search of the language offered first, as it comes to search on every other page. */
(() => {
  const choice = document.querySelector('.language-choice');
  if (!choice) return;
  for (const form of choice.querySelectorAll('.language-search')) {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const query = form.elements.q.value.trim();
      if (query) window.location.href = form.getAttribute('action') + '?q=' + encodeURIComponent(query);
    });
  }
  document.addEventListener('keydown', (event) => {
    const target = event.target;
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    if (target.closest && target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return;
    const input = choice.querySelector('.language-search input');
    if (!input) return;
    event.preventDefault();
    input.focus();
  });
  let last = null;
  try { last = localStorage.getItem('playbooks:language'); } catch (e) { /* storage switched off */ }
  const options = Array.from(choice.querySelectorAll('.language-option'));
  const wanted = [last, ...(navigator.languages || [navigator.language || ''])]
    .filter(Boolean).map((tag) => tag.toLowerCase().split('-')[0]);
  const first = wanted.map((lang) => options.find((option) => option.dataset.lang === lang)).find(Boolean);
  if (!first) return;
  if (first !== options[0]) choice.insertBefore(first, options[0]);
  first.classList.add('language-preferred');
})();

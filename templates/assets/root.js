/* The root page offers first the language the reader chose last, else the first of their browser's languages the
   site has. It runs as soon as the choices are read, before the page is first drawn, so nothing moves; it never
   leaves the page on its own, and every language stays one plain link away. */
(() => {
  const choice = document.querySelector('.language-choice');
  if (!choice) return;
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

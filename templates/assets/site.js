/* The reader's side of every page that is not search or checklists: the menu on small screens, the choice of
   colours, the table of contents that marks the section being read, and remembering the language a reader chose,
   which the root page offers first. No framework, no inline script; without JavaScript every link still works. */
(() => {
  'use strict';
  const THEME = 'playbooks:theme';
  const LANGUAGE = 'playbooks:language';

  const stored = (key) => { try { return localStorage.getItem(key); } catch (e) { return null; } };
  const store = (key, value) => {
    try {
      if (value === null) localStorage.removeItem(key); else localStorage.setItem(key, value);
    } catch (e) { /* storage switched off: the choice lasts as long as the page */ }
  };

  /* The menu button shows and hides the navigation, languages and colours on small screens; Escape closes it. */
  const menu = () => {
    const button = document.querySelector('.menu-button');
    const panel = document.getElementById('site_menu');
    if (!button || !panel) return;
    const open = (yes) => {
      button.setAttribute('aria-expanded', String(yes));
      panel.toggleAttribute('data-open', yes);
    };
    button.addEventListener('click', () => open(button.getAttribute('aria-expanded') !== 'true'));
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
        open(false);
        button.focus();
      }
    });
  };

  /* Light, dark, or as the device, in turn: theme.js applies the choice before the page is drawn; this keeps it. */
  const colours = () => {
    const button = document.querySelector('.theme-button');
    if (!button) return;
    const ORDER = ['auto', 'light', 'dark'];
    const show = (choice) => {
      const name = button.dataset[choice];
      button.setAttribute('aria-label', button.dataset.label + ': ' + name);
      button.querySelector('.theme-button-text').textContent = name;
    };
    show(document.documentElement.dataset.theme || 'auto');
    button.addEventListener('click', () => {
      const now = document.documentElement.dataset.theme || 'auto';
      const choice = ORDER[(ORDER.indexOf(now) + 1) % ORDER.length];
      if (choice === 'auto') delete document.documentElement.dataset.theme;
      else document.documentElement.dataset.theme = choice;
      store(THEME, choice === 'auto' ? null : choice);
      show(choice);
    });
  };

  /* The table of contents marks the section whose heading was passed last, as the reader scrolls. */
  const sections = () => {
    const links = new Map();
    document.querySelectorAll('.toc a[href^="#"]').forEach((a) => links.set(decodeURIComponent(a.hash.slice(1)), a));
    const headings = Array.from(document.querySelectorAll('.playbook-body h2[id], .playbook-body h3[id]'))
      .filter((h) => links.has(h.id));
    if (!headings.length || !('IntersectionObserver' in window)) return;
    let current = null;
    const mark = () => {
      let reading = headings[0];
      for (const heading of headings) {
        if (heading.getBoundingClientRect().top <= window.innerHeight * 0.25) reading = heading;
      }
      if (reading === current) return;
      if (current) links.get(current.id).removeAttribute('aria-current');
      current = reading;
      links.get(current.id).setAttribute('aria-current', 'true');
    };
    const observer = new IntersectionObserver(mark, { rootMargin: '0px 0px -75% 0px' });
    headings.forEach((h) => observer.observe(h));
    window.addEventListener('scroll', mark, { passive: true });
    mark();
  };

  /* A language the reader picks, on the root page or in a language switcher, is offered first on the root page
     (root.js). */
  const languages = () => {
    document.addEventListener('click', (event) => {
      const link = event.target.closest && event.target.closest('.language-choice a[hreflang], .language-switcher a[hreflang]');
      if (link) store(LANGUAGE, link.getAttribute('hreflang'));
    });
  };

  const start = () => { menu(); colours(); sections(); languages(); };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();

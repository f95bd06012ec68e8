/* Runs before the page is drawn, so it never flashes in the wrong colours: applies the reader's choice of light or
   dark (kept in this browser; without one the device's setting holds), and tells the stylesheet that scripts run,
   so the buttons that need them take their place from the first paint instead of moving the page once they load. */
(() => {
  const root = document.documentElement;
  root.classList.add('js');
  try {
    const theme = localStorage.getItem('playbooks:theme');
    if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  } catch (e) {
    /* Storage switched off: the device's setting holds. */
  }
})();

// Loaded before Bootstrap Italia (both deferred, in order): it must know where its fonts live, and
// the CSP forbids inline scripts, hence this file.
window.__PUBLIC_PATH__ = document
  .querySelector('link[href*="/bootstrap-italia.min.css"]')
  .getAttribute('href')
  .replace(/css\/bootstrap-italia\.min\.css$/, 'fonts');

document.addEventListener('DOMContentLoaded', () => {
  if (window.bootstrap && typeof window.bootstrap.loadFonts === 'function') window.bootstrap.loadFonts();
  // Move focus to a form's error summary so screen readers announce it (WCAG 3.3.1).
  const summary = document.querySelector('[data-error-summary]');
  if (summary) summary.focus();
  // Ask before destructive actions; without JavaScript the server-side confirmation page applies.
  for (const form of document.querySelectorAll('form[data-confirm]')) {
    form.addEventListener('submit', (event) => {
      if (!window.confirm(form.getAttribute('data-confirm'))) event.preventDefault();
    });
  }
});

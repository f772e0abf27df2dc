// Loaded before Bootstrap Italia (both deferred, in order); the CSP forbids inline scripts, hence
// this file. Video.js (inside BI's full bundle) would inject <style> elements the CSP refuses; pages
// load a trimmed build without it (platform/views/built-assets.ts), the flag stays for the full one.
window.VIDEOJS_NO_DYNAMIC_STYLE = true;

// The portal as an installable web app (public/js/sw.js). Service workers need a secure context
// (https, or localhost while developing); without one, or without support, the site works as before.
if ('serviceWorker' in navigator && window.isSecureContext) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
  });
}

document.addEventListener('DOMContentLoaded', () => {
  // Fonts come from a stylesheet (campanile-fonts.css): bootstrap.loadFonts() injects a <style>
  // element, which the CSP (style-src 'self') refuses.
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

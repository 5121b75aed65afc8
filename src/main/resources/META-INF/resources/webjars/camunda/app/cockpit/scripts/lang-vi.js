/*
 * directive-cascade: the page declares its language. index.html says lang="en"; when the webapp shows
 * Vietnamese (the browser's first language is not English, see docs/vietnamese-ui.md) this module,
 * loaded through config.js's customScripts, sets <html lang="vi">.
 */
const first = (navigator.languages && navigator.languages[0]) || navigator.language || '';
if (first.split('-')[0].toLowerCase() !== 'en') {
  document.documentElement.setAttribute('lang', 'vi');
}

/*
 * directive-cascade: declares the page's language, <html lang="vi">, when the webapp shows Vietnamese
 * (the browser's first language is not English: the rule of scripts/config.js's locales block), and keeps
 * it so if anything sets it back. Loaded through config.js's customScripts; see docs/vietnamese-ui.md.
 */
function vietnameseShown() {
  const first = (navigator.languages && navigator.languages[0]) || navigator.language || '';
  return first.split('-')[0].toLowerCase() !== 'en';
}

function declare() {
  if (document.documentElement.getAttribute('lang') !== 'vi') {
    document.documentElement.setAttribute('lang', 'vi');
  }
}

if (typeof document !== 'undefined' && vietnameseShown()) {
  declare();
  new MutationObserver(declare).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

/*
 * directive-cascade: Vietnamese for what Camunda Forms (form-js 1.8, bundled in Tasklist 7.24's
 * lib/deps.js) writes in English. form-js has no translation hook for its validation messages (they are
 * literal strings in its Validator), so this script, loaded through config.js's customScripts, replaces
 * them where they are shown: the items of a field's error list (div.fjs-form-field-error li), and the
 * aria-labels of the number fields' arrows. The server checks every field again and refuses with its own
 * Vietnamese message. It also declares the page's language (<html lang="vi">) and gives the keyboard
 * shortcuts' descriptions in Vietnamese when Tasklist shows Vietnamese. See docs/vietnamese-ui.md.
 */

/** Groups of thousands with a dot, as Vietnamese writes numbers: 4000 -> 4.000. */
function number(text) {
  return /^\d{4,}$/.test(text) ? text.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : text;
}

/** form-js's English messages (form-js 1.8 Validator and number field) and their Vietnamese. */
const MESSAGES = [
  [/^Field is required\.$/, () => 'Vui lòng nhập thông tin này.'],
  [/^Field must have maximum length of (\d+)\.$/, (m) => 'Không được dài quá ' + number(m[1]) + ' ký tự.'],
  [/^Field must have minimum length of (\d+)\.$/, (m) => 'Cần nhập ít nhất ' + number(m[1]) + ' ký tự.'],
  [/^Field must have minimum value of (.+)\.$/, (m) => 'Giá trị không được nhỏ hơn ' + number(m[1]) + '.'],
  [/^Field must have maximum value of (.+)\.$/, (m) => 'Giá trị không được lớn hơn ' + number(m[1]) + '.'],
  [/^Field must match pattern [\s\S]*$/, () => 'Giá trị không đúng định dạng yêu cầu.'],
  [/^Field must be a valid\s+international phone number\.[\s\S]*$/,
    () => 'Số điện thoại không hợp lệ: nhập theo dạng quốc tế, ví dụ +84912345678.'],
  [/^Field must be a valid email\.$/, () => 'Địa chỉ thư điện tử không hợp lệ.'],
  [/^Value is not a number\.$/, () => 'Giá trị phải là một số.'],
  [/^Value is expected to be an integer\.$/, () => 'Giá trị phải là số nguyên (không có phần thập phân).'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/,
    (m) => 'Giá trị chỉ được có tối đa ' + m[1] + ' chữ số thập phân.'],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (m) => 'Giá trị không hợp lệ; hai giá trị hợp lệ gần nhất là ' + m[1] + ' và ' + m[2] + '.']
];

const LABELS = {
  Increment: 'Tăng',
  Decrement: 'Giảm'
};

/** The Vietnamese of one of form-js's messages, or null if the text is not one of them. */
export function translate(text) {
  const trimmed = (text || '').trim();
  for (const [pattern, vietnamese] of MESSAGES) {
    const match = pattern.exec(trimmed);
    if (match) {
      return vietnamese(match);
    }
  }
  return null;
}

function vietnameseShown() {
  const first = (navigator.languages && navigator.languages[0]) || navigator.language || '';
  // Tasklist shows English to a browser that asks for English first, Vietnamese to any other
  return first.split('-')[0].toLowerCase() !== 'en';
}

function translateText(node) {
  const vietnamese = translate(node.data);
  if (vietnamese !== null && vietnamese !== node.data) {
    node.data = vietnamese;
  }
}

function translateWithin(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    if (root.parentElement && root.parentElement.closest('.fjs-form-field-error')) {
      translateText(root);
    }
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  const errors = root.closest('.fjs-form-field-error') ? [root] : root.querySelectorAll('.fjs-form-field-error');
  errors.forEach((error) => {
    const walker = document.createTreeWalker(error, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      translateText(text);
    }
  });
  const labelled = root.matches('[aria-label]') ? [root] : [];
  root.querySelectorAll('.fjs-form [aria-label]').forEach((element) => labelled.push(element));
  labelled.forEach((element) => {
    const label = LABELS[element.getAttribute('aria-label')];
    if (label && element.closest('.fjs-form')) {
      element.setAttribute('aria-label', label);
    }
  });
}

/**
 * The descriptions of Tasklist's keyboard shortcuts (the "Phím tắt" dialog of the header), by the
 * shortcut's name in config.js's shortcuts block. Tasklist shows each description as config.js writes it,
 * without translation, and config.js has one text for every language: so config.js keeps the webjar's
 * English and this script puts the Vietnamese in when Tasklist shows Vietnamese.
 */
export const SHORTCUTS = {
  claimTask: 'Nhận công việc đang chọn',
  focusFilter: 'Chuyển đến bộ lọc đầu tiên trong danh sách bộ lọc',
  focusList: 'Chuyển đến công việc đầu tiên trong danh sách công việc',
  focusForm: 'Chuyển đến ô nhập đầu tiên của biểu mẫu công việc',
  startProcess: 'Mở hộp thoại bắt đầu quy trình'
};

function translateShortcuts(config) {
  const shortcuts = config && config.shortcuts;
  if (!shortcuts) {
    return;
  }
  Object.keys(shortcuts).forEach((name) => {
    if (SHORTCUTS[name] && shortcuts[name]) {
      shortcuts[name].description = SHORTCUTS[name];
    }
  });
}

/**
 * Tasklist reads config.js into window.camTasklistConf before it loads the custom scripts, and its
 * shortcut dialog reads the descriptions from there when it opens; should the order ever change, the
 * configuration is translated when it is set.
 */
function translateShortcutsOfTasklist() {
  if (window.camTasklistConf) {
    translateShortcuts(window.camTasklistConf);
    return;
  }
  let config;
  Object.defineProperty(window, 'camTasklistConf', {
    configurable: true,
    enumerable: true,
    get: () => config,
    set: (value) => {
      config = value;
      translateShortcuts(value);
    }
  });
}

function start() {
  if (!vietnameseShown()) {
    return;
  }
  document.documentElement.setAttribute('lang', 'vi');
  translateWithin(document.body);
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'characterData') {
        translateWithin(mutation.target);
      } else {
        mutation.addedNodes.forEach(translateWithin);
      }
    }
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
}

if (typeof document !== 'undefined') {
  if (vietnameseShown()) {
    translateShortcutsOfTasklist();
  }
  if (document.body) {
    start();
  } else {
    document.addEventListener('DOMContentLoaded', start);
  }
}

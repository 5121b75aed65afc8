/*
 * directive-cascade: declares the page's language, <html lang="vi">, when the webapp shows Vietnamese
 * (the browser's first language is not English: the rule of scripts/config.js's locales block), and keeps
 * it so if anything sets it back. It also puts into Vietnamese the few texts the webapps write without
 * their locale files: the "Actions" header of the variables table (Cockpit, Admin), the permission names
 * and "Select all"/"Unselect all" of Admin's authorizations, and the types of the groups the registry
 * creates (organisation.CamundaIdentitySync; the stored value stays). The same file in Cockpit, Admin and
 * the welcome page, loaded through config.js's customScripts; see docs/vietnamese-ui.md.
 */
function vietnameseShown() {
  const first = (navigator.languages && navigator.languages[0]) || navigator.language || '';
  return first.split('-')[0].toLowerCase() !== 'en';
}

/** Camunda's permission names (Admin's authorizations, webjar 7.24), as the glossary says them. */
export const PERMISSIONS = {
  ALL: 'Tất cả',
  NONE: 'Không có',
  ACCESS: 'Truy cập',
  READ: 'Xem',
  UPDATE: 'Cập nhật',
  CREATE: 'Tạo',
  DELETE: 'Xóa',
  SET: 'Đặt giá trị',
  SUSPEND: 'Tạm dừng',
  CREATE_INSTANCE: 'Tạo lượt chạy',
  READ_INSTANCE: 'Xem lượt chạy',
  UPDATE_INSTANCE: 'Cập nhật lượt chạy',
  RETRY_JOB: 'Thử lại tác vụ',
  SUSPEND_INSTANCE: 'Tạm dừng lượt chạy',
  DELETE_INSTANCE: 'Xóa lượt chạy',
  MIGRATE_INSTANCE: 'Chuyển đổi lượt chạy',
  READ_TASK: 'Xem công việc',
  UPDATE_TASK: 'Cập nhật công việc',
  TASK_ASSIGN: 'Giao việc',
  TASK_WORK: 'Xử lý công việc',
  READ_TASK_VARIABLE: 'Xem biến của công việc',
  UPDATE_TASK_VARIABLE: 'Cập nhật biến của công việc',
  READ_VARIABLE: 'Xem biến',
  UPDATE_VARIABLE: 'Cập nhật biến',
  READ_INSTANCE_VARIABLE: 'Xem biến của lượt chạy',
  UPDATE_INSTANCE_VARIABLE: 'Cập nhật biến của lượt chạy',
  READ_HISTORY: 'Xem lịch sử',
  READ_HISTORY_VARIABLE: 'Xem biến trong lịch sử',
  UPDATE_HISTORY: 'Cập nhật lịch sử',
  DELETE_HISTORY: 'Xóa lịch sử',
  CREATE_BATCH_MIGRATE_PROCESS_INSTANCES: 'Tạo lô chuyển đổi lượt chạy quy trình',
  CREATE_BATCH_MODIFY_PROCESS_INSTANCES: 'Tạo lô điều chỉnh lượt chạy quy trình',
  CREATE_BATCH_RESTART_PROCESS_INSTANCES: 'Tạo lô khởi động lại lượt chạy quy trình',
  CREATE_BATCH_DELETE_RUNNING_PROCESS_INSTANCES: 'Tạo lô xóa lượt chạy quy trình đang chạy',
  CREATE_BATCH_DELETE_FINISHED_PROCESS_INSTANCES: 'Tạo lô xóa lượt chạy quy trình đã kết thúc',
  CREATE_BATCH_DELETE_DECISION_INSTANCES: 'Tạo lô xóa lượt chạy quyết định',
  CREATE_BATCH_SET_JOB_RETRIES: 'Tạo lô đặt số lần thử lại của tác vụ',
  CREATE_BATCH_SET_EXTERNAL_TASK_RETRIES: 'Tạo lô đặt số lần thử lại của tác vụ ngoài',
  CREATE_BATCH_SET_REMOVAL_TIME: 'Tạo lô đặt thời điểm xóa',
  CREATE_BATCH_UPDATE_PROCESS_INSTANCES_SUSPEND: 'Tạo lô tạm dừng hoặc kích hoạt lượt chạy quy trình',
  CREATE_BATCH_SET_VARIABLES: 'Tạo lô đặt biến'
};

/**
 * The group types: those organisation.CamundaIdentitySync gives the registry's groups, and Camunda's own
 * (Groups.GROUP_TYPE_SYSTEM, GROUP_TYPE_WORKFLOW).
 */
export const GROUP_TYPES = {
  grassroots: 'Công đoàn cơ sở (CĐCS)',
  sector: 'Công đoàn cấp trên (có đơn vị trực thuộc)',
  SYSTEM: 'Hệ thống',
  WORKFLOW: 'Quy trình'
};

/** Texts written in the webapps' templates instead of their locale files. */
const TEMPLATE_TEXTS = {
  Actions: 'Thao tác',
  'Select all': 'Chọn tất cả',
  'Unselect all': 'Bỏ chọn tất cả'
};

/** "READ, UPDATE" → "Xem, Cập nhật"; null when the text is not a list of permission names. */
export function translatePermissions(text) {
  const names = (text || '').trim().split(/\s*,\s*/);
  if (names.length === 0 || names.some((name) => !Object.prototype.hasOwnProperty.call(PERMISSIONS, name))) {
    return null;
  }
  return names.map((name) => PERMISSIONS[name]).join(', ');
}

/** The Vietnamese of a group type, or null for a type the registry does not create. */
export function translateGroupType(text) {
  const type = (text || '').trim();
  return Object.prototype.hasOwnProperty.call(GROUP_TYPES, type) ? GROUP_TYPES[type] : null;
}

/** Replaces a text node's words, keeping the whitespace around them (the templates indent their texts). */
function replaceText(node, vietnamese) {
  if (vietnamese === null) {
    return;
  }
  const replaced = node.data.replace(/^(\s*)[\s\S]*?(\s*)$/, (all, before, after) => before + vietnamese + after);
  if (replaced !== node.data) {
    node.data = replaced;
  }
}

function translateText(node) {
  const parent = node.parentElement;
  if (!parent || !node.data.trim()) {
    return;
  }
  const text = node.data.trim();
  if (parent.closest('td.permissions, .modal dd')) {
    replaceText(node, translatePermissions(text));
  }
  if (parent.closest('td.group-type')) {
    replaceText(node, translateGroupType(text));
  }
  if ((text === 'Actions' && parent.closest('thead td.actions'))
      || ((text === 'Select all' || text === 'Unselect all') && parent.closest('td.permissions'))) {
    replaceText(node, TEMPLATE_TEXTS[text]);
  }
}

/** Admin's group page edits the type as stored; the Vietnamese meaning is written below the field. */
function explainGroupType(input) {
  let note = input.parentElement.querySelector('.cascade-group-type');
  if (!note) {
    note = document.createElement('p');
    note.className = 'help-block cascade-group-type';
    input.insertAdjacentElement('afterend', note);
    input.addEventListener('input', () => explainGroupType(input));
  }
  const vietnamese = translateGroupType(input.value);
  const text = vietnamese === null ? '' : 'Loại nhóm: ' + vietnamese + '.';
  if (note.textContent !== text) {
    note.textContent = text;
  }
}

function translateWithin(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    translateText(root);
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    translateText(text);
  }
  const inputs = root.matches('input[name=groupType]') ? [root] : root.querySelectorAll('input[name=groupType]');
  inputs.forEach(explainGroupType);
}

function declare() {
  if (document.documentElement.getAttribute('lang') !== 'vi') {
    document.documentElement.setAttribute('lang', 'vi');
  }
}

function translatePage() {
  translateWithin(document.body);
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'characterData') {
        translateText(mutation.target);
      } else {
        mutation.addedNodes.forEach(translateWithin);
      }
    }
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
  // the group page fills the type's field after it is shown, without an input event
  setInterval(() => document.querySelectorAll('input[name=groupType]').forEach(explainGroupType), 1000);
}

if (typeof document !== 'undefined' && vietnameseShown()) {
  declare();
  new MutationObserver(declare).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  if (document.body) {
    translatePage();
  } else {
    document.addEventListener('DOMContentLoaded', translatePage);
  }
}

/*
 * directive-cascade: no control in Tasklist that cannot succeed for the officer, and no engine text in
 * English (issue 15; see docs/vietnamese-ui.md). Loaded through config.js's customScripts, after
 * vietnamese-forms.js. The server still refuses every one of these actions (security.EngineRules); this
 * script only spares officers the attempt:
 * - "Tạo công việc" (create task) and the due and follow-up date editors are hidden unless the user is an
 *   administrator (only administrators may create tasks or change what the model sets); the tenant field
 *   of the create-task dialog is hidden for everyone (the application has no tenants);
 * - "Bắt đầu quy trình" is hidden from a user who may start no process (a CĐCS officer);
 * - "Nhận việc" (claim) is hidden on a task the user is not a candidate for (the sector office reading
 *   a unit's task through "Tất cả đơn vị"), with a note saying the task is shown for follow-up only;
 * - a notification's engine text is replaced by Vietnamese, and a refused form shows the reason without
 *   the generic title "Đã xảy ra lỗi khi gửi biểu mẫu công việc".
 */

const base = document.querySelector('base');
const ENGINE = ((base && base.getAttribute('engine-api')) || '/camunda/api/engine/') + 'engine/default';
const ADMIN = (base && base.getAttribute('admin-api')) || '/camunda/api/admin/';

/** Engine texts an officer can meet, and what they are told instead. */
const ENGINE_TEXTS = [
  [/Cannot instantiate process definition/i,
    () => 'Bạn không có quyền bắt đầu quy trình này (hoặc quy trình đang tạm dừng).'],
  [/No matching task with id|Cannot find task with id|task .* (?:is )?null/i,
    () => 'Công việc này không còn: đã được hoàn thành hoặc chuyển cho người khác. Vui lòng tải lại danh sách công việc.'],
  [/is already claimed by someone else|Cannot claim task .* already claimed/i,
    () => 'Công việc này đã có người khác nhận xử lý.'],
  [/^\s*\{\s*"type"\s*:\s*"[A-Za-z]*Exception"\s*,\s*"message"\s*:\s*"?"?\s*,\s*"code"\s*:\s*null\s*\}\s*$/,
    () => 'Thao tác không thực hiện được: công việc có thể đã thay đổi hoặc bạn không có quyền. Vui lòng tải lại trang.'],
  [/^\s*(?:The user with id|User ['"]?[^ ]+['"]? does not have)/i,
    () => 'Tài khoản của bạn không có quyền thực hiện thao tác này.']
];

/** The Vietnamese for an engine text, or null when the text is not one of them. */
export function translateEngineText(text) {
  const trimmed = (text || '').trim();
  if (!trimmed) {
    return null;
  }
  // a JSON error of the REST API: its message (Vietnamese when the application wrote it), or the rule above
  const json = /^\{[\s\S]*\}$/.test(trimmed) ? parse(trimmed) : null;
  if (json && typeof json.message === 'string' && json.message.trim()) {
    return translateEngineText(json.message) || json.message.trim();
  }
  for (const [pattern, vietnamese] of ENGINE_TEXTS) {
    if (pattern.test(trimmed)) {
      return vietnamese();
    }
  }
  return null;
}

function parse(text) {
  try {
    return JSON.parse(text);
  } catch (e) {
    return null;
  }
}

const GENERIC_TITLES = ['Đã xảy ra lỗi khi gửi biểu mẫu công việc', 'Không gửi được biểu mẫu công việc'];

function rewriteNotification(alert) {
  const message = alert.querySelector('.message');
  if (message) {
    const vietnamese = translateEngineText(message.textContent);
    if (vietnamese && vietnamese !== message.textContent.trim()) {
      message.textContent = vietnamese;
    }
  }
  const status = alert.querySelector('.status');
  if (status) {
    const vietnamese = translateEngineText(status.textContent);
    if (vietnamese && vietnamese !== status.textContent.trim()) {
      status.textContent = vietnamese;
    }
    // the specific reason alone, without the generic title in front of it
    const generic = GENERIC_TITLES.some((title) => status.textContent.trim().startsWith(title));
    alert.classList.toggle('cascade-reason-only', generic && !!message && message.textContent.trim() !== '');
  }
}

function rewriteNotifications(root) {
  if (root.nodeType !== Node.ELEMENT_NODE) {
    root = root.parentElement;
  }
  if (!root) {
    return;
  }
  const alert = root.closest('.notifications .alert');
  if (alert) {
    rewriteNotification(alert);
  }
  root.querySelectorAll('.notifications .alert').forEach(rewriteNotification);
}

function get(url) {
  return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))));
}

let user = null;

function whoIsLoggedIn() {
  return get(ADMIN + 'auth/user/default').then((u) => {
    user = u;
    const administrator = (u.authorizedApps || []).includes('admin');
    document.body.classList.toggle('cascade-officer', !administrator);
    return get(ENGINE + '/process-definition/count?latestVersion=true&active=true&startableInTasklist=true'
      + '&startablePermissionCheck=true');
  }).then((count) => {
    document.body.classList.toggle('cascade-cannot-start', count.count === 0);
  }).catch(() => {
    user = null;
  });
}

function openTaskId() {
  const query = (location.hash.split('?')[1] || '');
  return new URLSearchParams(query).get('task');
}

let checkedTask = null;

/** Hides "Nhận việc" on a task the user is not a candidate for (or already held by them). */
function checkClaim() {
  const claim = document.querySelector('button.claim');
  const taskId = openTaskId();
  if (!claim || !taskId || !user) {
    return;
  }
  if (checkedTask === taskId && claim.dataset.cascadeChecked === taskId) {
    return;
  }
  checkedTask = taskId;
  claim.dataset.cascadeChecked = taskId;
  get(ENGINE + '/task/count?taskId=' + encodeURIComponent(taskId) + '&candidateUser=' + encodeURIComponent(user.userId)
      + '&includeAssignedTasks=true').then((count) => {
    const button = document.querySelector('button.claim');
    if (!button || openTaskId() !== taskId) {
      return;
    }
    const item = button.closest('li') || button.parentElement;
    const note = item.querySelector('.cascade-read-only');
    if (count.count === 0) {
      button.classList.add('cascade-hidden');
      if (!note) {
        const span = document.createElement('span');
        span.className = 'cascade-read-only';
        span.textContent = 'Việc của đơn vị khác: chỉ xem để theo dõi.';
        item.appendChild(span);
      }
    } else {
      button.classList.remove('cascade-hidden');
      if (note) {
        note.remove();
      }
    }
  }).catch(() => {});
}

function start() {
  rewriteNotifications(document.body);
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'characterData') {
        rewriteNotifications(mutation.target);
      } else {
        mutation.addedNodes.forEach(rewriteNotifications);
      }
    }
    checkClaim();
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
  whoIsLoggedIn();
  // logging in or out does not reload the page: who is logged in is asked again after the login page
  window.addEventListener('hashchange', () => {
    checkedTask = null;
    if (!user || location.hash.indexOf('/login') >= 0) {
      user = null;
      whoIsLoggedIn().then(checkClaim);
    } else {
      checkClaim();
    }
  });
}

if (typeof document !== 'undefined') {
  if (document.body) {
    start();
  } else {
    document.addEventListener('DOMContentLoaded', start);
  }
}

// Progress page: reads /api/directives and /api/directives/{id}/progress with the Tasklist session.
// Every value from the server is put into the page as text (textContent), never as HTML.
(function () {
  'use strict';
  var COLOURS = {
    NOT_STARTED: '#b0b7c3', SUB_PLAN_DRAFTED: '#7fb3e6', REPORTED: '#2e86c1', FINISHED: '#27ae60', AWAITING_REVIEW: '#76c893',
    NOMINATED: '#1e8449', REPORT_UNDER_REVIEW: '#48c9b0', REPORT_RETURNED: '#f4d03f', OVERDUE: '#e67e22',
    NOT_REPORTED: '#c0392b', RECALLED: '#6c3483'
  };
  var current = null;
  var $ = function (id) { return document.getElementById(id); };

  function api(path) {
    return fetch(path, { credentials: 'same-origin', headers: { 'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest' } })
      .then(function (response) {
        if (response.status === 401) {
          throw new Error('Anh/chị chưa đăng nhập. Hãy đăng nhập Tasklist rồi mở lại trang này.');
        }
        return response.json().then(function (body) {
          if (!response.ok) { throw new Error(body.message || 'Không tải được dữ liệu.'); }
          return body;
        });
      });
  }

  function show(message) {
    $('message').textContent = message;
    $('message').hidden = !message;
  }

  function formatDate(instant) {
    if (!instant) { return ''; }
    return new Date(instant).toLocaleDateString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' });
  }

  function cell(row, text, className, label) {
    var td = document.createElement('td');
    td.textContent = text;
    if (label) { td.setAttribute('data-label', label); }
    if (className) { td.className = className; }
    row.appendChild(td);
    return td;
  }

  // the chart: one bar per state, in HTML (it narrows with the page); its accessible name says every count
  function chart(progress) {
    var states = Object.keys(progress.counts);
    var max = Math.max(1, Math.max.apply(null, states.map(function (s) { return progress.counts[s]; })));
    var parts = [];
    var children = [];
    states.forEach(function (state) {
      var count = progress.counts[state];
      var percent = progress.units ? Math.round(100 * count / progress.units) : 0;
      parts.push(progress.labels[state] + ': ' + count + ' CĐCS (' + percent + '%)');
      var label = document.createElement('span');
      label.className = 'label';
      label.textContent = progress.labels[state];
      var track = document.createElement('span');
      track.className = 'track';
      var bar = document.createElement('span');
      bar.className = 'bar';
      bar.style.width = (count ? Math.max(1, Math.round(80 * count / max)) : 0) + '%';
      bar.style.background = COLOURS[state] || '#888';
      var value = document.createElement('span');
      value.className = 'value';
      value.textContent = count + ' (' + percent + '%)';
      track.appendChild(bar);
      track.appendChild(value);
      children.push(label, track);
    });
    $('chart').replaceChildren.apply($('chart'), children);
    $('chart').setAttribute('aria-label', 'Biểu đồ tiến độ của ' + progress.units + ' CĐCS. ' + parts.join('; ') + '.');
    $('legend').replaceChildren.apply($('legend'), states.map(function (state) {
      var li = document.createElement('li');
      var swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = COLOURS[state] || '#888';
      li.appendChild(swatch);
      li.appendChild(document.createTextNode(progress.labels[state] + ': ' + progress.counts[state]));
      return li;
    }));
  }

  function link(href, text) {
    var a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    return a;
  }

  // the units late now, each with its officers from the registry (the sector only: the server sends them)
  function lateUnits(progress) {
    var late = progress.rows.filter(function (r) { return r.state === 'OVERDUE' || r.state === 'NOT_REPORTED'; });
    $('lateUnits').replaceChildren.apply($('lateUnits'), late.map(function (r) {
      var li = document.createElement('li');
      var name = document.createElement('div');
      name.className = 'unit';
      name.textContent = r.unitName + ' — ' + r.stateLabel + (r.deadline ? ' (hạn ' + formatDate(r.deadline) + ')' : '');
      li.appendChild(name);
      var list = document.createElement('ul');
      list.className = 'contacts';
      (r.contacts || []).forEach(function (c) {
        var item = document.createElement('li');
        item.appendChild(document.createTextNode(c.name + (c.title ? ', ' + c.title : '')));
        if (c.phone) {
          item.appendChild(document.createTextNode(' — điện thoại: '));
          item.appendChild(link('tel:' + c.phone.replace(/[^0-9+]/g, ''), c.phone));
        }
        if (c.email) {
          item.appendChild(document.createTextNode(' — thư điện tử: '));
          item.appendChild(link('mailto:' + c.email, c.email));
        }
        list.appendChild(item);
      });
      if (!list.children.length) {
        var none = document.createElement('li');
        none.textContent = 'Chưa có cán bộ trong danh bạ của đơn vị.';
        list.appendChild(none);
      }
      li.appendChild(list);
      return li;
    }));
    $('late').hidden = !progress.complete || late.length === 0;
  }

  function table(progress) {
    var filter = $('stateFilter').value;
    var rows = progress.rows.filter(function (r) { return !filter || r.state === filter; });
    $('rows').replaceChildren.apply($('rows'), rows.map(function (r, i) {
      var tr = document.createElement('tr');
      tr.className = 'state-' + r.state;
      cell(tr, String(i + 1), 'center', 'STT');
      var unit = cell(tr, r.unitName, 'unit-name', 'Đơn vị');
      if (r.directiveId) {
        // a union with children of its own: its own cascade, one level down
        unit.replaceChildren(link('?directive=' + encodeURIComponent(r.directiveId), r.unitName));
      }
      cell(tr, r.stateLabel + (r.late ? ' (nộp muộn)' : r.onTimeWithinExtension ? ' (trong hạn được gia hạn)' : ''), null, 'Tình trạng');
      cell(tr, r.subPlanDrafted ? 'Đã có' : 'Chưa có', 'center', 'Kế hoạch của đơn vị');
      cell(tr, r.activitiesReported ? 'Đã báo cáo' : 'Chưa báo cáo', 'center', 'Báo cáo kết quả');
      cell(tr, String(r.nominations), 'center', 'Đề xuất điển hình');
      cell(tr, formatDate(r.deadline), 'center', 'Hạn');
      cell(tr, formatDate(r.submittedAt), 'center', 'Ngày nộp');
      return tr;
    }));
  }

  // For administrators only — the installation's, or of the directive's unit or a unit above it (the server answers
  // 403 to anyone else): the directive's failed jobs and one button that retries them all. A change needs HTTP
  // Basic, so this request carries no X-Requested-With header and the browser asks for the password once.
  function failedJobs(id) {
    $('failedJobs').hidden = true;
    api('/api/directives/' + encodeURIComponent(id) + '/failed-jobs').then(function (jobs) {
      $('failedJobsText').textContent = 'Việc hệ thống bị lỗi (đã hết số lần thử lại) của kế hoạch này: ' + jobs.failedJobs + '.';
      $('retryFailedJobs').disabled = jobs.failedJobs === 0;
      $('retryFailedJobs').onclick = function () {
        fetch('/api/directives/' + encodeURIComponent(id) + '/retry-failed-jobs', { method: 'POST', credentials: 'same-origin',
          headers: { 'Accept': 'application/json' } })
          .then(function (response) {
            return response.json().then(function (body) {
              if (!response.ok) { throw new Error(body.message || 'Không chạy lại được.'); }
              show('Đã chạy lại ' + body.retried + ' việc bị lỗi.');
              failedJobs(id);
            });
          }).catch(function (e) { show(e.message); });
      };
      $('failedJobs').hidden = false;
    }).catch(function () { /* not an administrator */ });
  }

  function load(id) {
    api('/api/directives/' + encodeURIComponent(id) + '/progress').then(function (progress) {
      current = progress;
      show((progress.recallReason ? 'Kế hoạch đã bị thu hồi. Lý do: ' + progress.recallReason + ' ' : '')
        + (progress.parentReceipt ? progress.parentReceipt + ' ' : '')
        + (progress.complete ? '' : 'Anh/chị đang xem tiến độ của đơn vị mình.'));
      $('title').textContent = progress.title;
      $('subject').textContent = progress.subject ? 'V/v: ' + progress.subject : '';
      $('unitName').textContent = 'Đơn vị thực hiện: ' + progress.unitName
        + (progress.reportDueAt ? ' — hạn báo cáo cấp trên: ' + formatDate(progress.reportDueAt) : '');
      $('deadline').textContent = 'Hạn hoàn thành của đơn vị trực thuộc: ' + formatDate(progress.deadline) + ' — '
        + progress.units + ' đơn vị — ' + progress.statusLabel + ': ' + progress.finished + ' đơn vị đã hoàn thành ('
        + progress.onTime + ' đúng hạn, '
        + progress.onTimeWithinExtension + ' trong hạn được gia hạn, ' + progress.late + ' muộn), '
        + progress.notReported + ' không báo cáo';
      var stateFilter = $('stateFilter');
      if (stateFilter.options.length === 1) {
        Object.keys(progress.labels).forEach(function (state) {
          var option = document.createElement('option');
          option.value = state;
          option.textContent = progress.labels[state];
          stateFilter.appendChild(option);
        });
      }
      chart(progress);
      lateUnits(progress);
      table(progress);
      $('summary').hidden = false;
      $('details').hidden = false;
      if (window.cascadeDownloads) { window.cascadeDownloads(id, progress.complete); }
      failedJobs(id);
      history.replaceState(null, '', '?directive=' + encodeURIComponent(id));
    }).catch(function (e) { show(e.message); });
  }

  api('/api/directives').then(function (directives) {
    if (!directives.length) {
      show('Chưa có kế hoạch nào anh/chị được xem tiến độ.');
      return;
    }
    var select = $('directive');
    directives.forEach(function (d) {
      var option = document.createElement('option');
      option.value = d.directiveId;
      option.textContent = d.title + ' — ' + d.unitName + ' — ' + d.statusLabel + ', ' + d.finished + '/' + d.units + ' đơn vị đã hoàn thành';
      select.appendChild(option);
    });
    var wanted = new URLSearchParams(location.search).get('directive');
    if (wanted && directives.some(function (d) { return String(d.directiveId) === wanted; })) {
      select.value = wanted;
    }
    $('chooser').hidden = false;
    select.addEventListener('change', function () { load(select.value); });
    $('refresh').addEventListener('click', function () { load(select.value); });
    $('stateFilter').addEventListener('change', function () { if (current) { table(current); } });
    load(select.value);
  }).catch(function (e) { show(e.message); });
}());

'use strict';
// The audit trail of one directive (GET /api/directives/{id}/audit), oldest first, 200 entries at a time.
(function () {
  var $ = function (id) { return document.getElementById(id); };
  var id = new URLSearchParams(location.search).get('directive');
  var page = 0;
  var shown = 0;

  function show(message) {
    $('message').textContent = message;
    $('message').hidden = !message;
  }

  function cell(text) {
    var td = document.createElement('td');
    td.textContent = text == null ? '' : text;
    return td;
  }

  function load() {
    fetch('/api/directives/' + encodeURIComponent(id) + '/audit?size=200&page=' + page,
      { credentials: 'same-origin', headers: { 'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest' } })
      .then(function (response) {
        return response.json().then(function (body) {
          if (!response.ok) { throw new Error(body.message || 'Không đọc được nhật ký.'); }
          return body;
        });
      })
      .then(function (trail) {
        $('title').textContent = trail.title;
        if (!trail.complete) { show('Anh/chị đang xem nhật ký của đơn vị mình.'); }
        trail.entries.forEach(function (e) {
          var tr = document.createElement('tr');
          tr.append(cell(e.time), cell(e.actorName), cell(e.unitName), cell(e.action), cell(e.detail));
          $('rows').appendChild(tr);
        });
        shown += trail.entries.length;
        $('count').textContent = 'Đang hiển thị ' + shown + '/' + trail.total + ' mục.';
        $('more').hidden = shown >= trail.total;
        $('trail').hidden = false;
      })
      .catch(function (e) { show(e.message); });
  }

  if (!id) {
    show('Chưa chọn kế hoạch: mở nhật ký từ trang tiến độ.');
    return;
  }
  $('back').href = './?directive=' + encodeURIComponent(id);
  $('auditXlsx').href = '/api/directives/' + encodeURIComponent(id) + '/exports/audit.xlsx';
  $('more').addEventListener('click', function () { page++; load(); });
  load();
}());

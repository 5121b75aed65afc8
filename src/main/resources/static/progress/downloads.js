'use strict';
// The progress page's downloads (XLSX) and the link to the audit trail of the directive shown; the
// registers only for the sector's officers (progress.complete). Called by progress.js after each load.
(function () {
  var $ = function (id) { return document.getElementById(id); };
  var base = '/api/directives/';

  function registers(year) {
    $('outgoingXlsx').href = '/api/registers/outgoing/' + encodeURIComponent(year) + '.xlsx';
    $('incomingXlsx').href = '/api/registers/incoming/' + encodeURIComponent(year) + '.xlsx';
  }

  window.cascadeDownloads = function (id, sector) {
    var directive = encodeURIComponent(id);
    $('auditPage').href = 'audit.html?directive=' + directive;
    $('progressXlsx').href = base + directive + '/exports/progress.xlsx';
    $('nominationsXlsx').href = base + directive + '/exports/nominations.xlsx';
    $('auditXlsx').href = base + directive + '/exports/audit.xlsx';
    var year = $('registerYear');
    if (!year.value) {
      year.value = new Date().getFullYear();
      year.addEventListener('change', function () { registers(year.value); });
    }
    registers(year.value);
    $('registers').hidden = !sector;
    $('downloads').hidden = false;
  };
}());

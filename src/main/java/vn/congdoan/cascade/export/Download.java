package vn.congdoan.cascade.export;

/** An XLSX file to send: its Vietnamese name and bytes. */
record Download(String fileName, byte[] content) {

  static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}

package vn.congdoan.cascade.archive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentControllerTest {

  @Test
  void downloadName_isUtf8WithAnAsciiFallback() {
    assertThat(DocumentController.contentDisposition("Báo cáo số 221-BC-CĐYT.pdf")).isEqualTo(
        "attachment; filename=\"Bao cao so 221-BC-CDYT.pdf\"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20s%E1%BB%91%20221-BC-C%C4%90YT.pdf");
  }
}

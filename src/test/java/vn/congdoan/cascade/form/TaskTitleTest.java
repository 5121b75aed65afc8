package vn.congdoan.cascade.form;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A task's name: step, unit, directive, joined by " — ", never longer than the engine's column. */
class TaskTitleTest {

  @Test
  void namesTheStepAndWhatItIsAbout() {
    assertThat(TaskTitle.of("Xây dựng kế hoạch của CĐCS", "Công đoàn Bệnh viện Đa khoa tỉnh Thái Bình", "291/KH-LĐLĐ: Tổ chức"))
        .isEqualTo("Xây dựng kế hoạch của CĐCS — Công đoàn Bệnh viện Đa khoa tỉnh Thái Bình — 291/KH-LĐLĐ: Tổ chức");
  }

  @Test
  void leavesOutEmptyParts_andDoesNotNameTwice() {
    assertThat(TaskTitle.of("Phê duyệt kế hoạch", null, " ", "291/KH-LĐLĐ")).isEqualTo("Phê duyệt kế hoạch — 291/KH-LĐLĐ");
    assertThat(TaskTitle.of("Phê duyệt kế hoạch — 290/KH-LĐLĐ", "291/KH-LĐLĐ")).isEqualTo("Phê duyệt kế hoạch — 291/KH-LĐLĐ");
  }

  @Test
  void cutToTheEnginesColumn() {
    String name = TaskTitle.of("Báo cáo kết quả thực hiện", "Công đoàn " + "x".repeat(300));
    assertThat(name).hasSize(FormTaskListener.MAX_TASK_NAME).endsWith("…").startsWith("Báo cáo kết quả thực hiện — Công đoàn x");
  }
}

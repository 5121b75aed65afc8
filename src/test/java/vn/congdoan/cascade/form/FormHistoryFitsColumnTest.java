package vn.congdoan.cascade.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class FormHistoryFitsColumnTest {

  @Test
  void recordsTheTextAsStored_nfcAndWithoutInvisiblePadding() {
    String nfd = Normalizer.normalize("Ế", Normalizer.Form.NFD).repeat(4000);
    assertThat(nfd).hasSize(12_000);
    assertThat(FormHistoryFitsColumn.fitted(nfd)).isEqualTo("Ế".repeat(4000));
    assertThat(FormHistoryFitsColumn.fitted("  Kế hoạch\u200b\u0000 ")).isEqualTo("Kế hoạch");
    assertThat(FormHistoryFitsColumn.fitted(null)).isNull();
  }

  @Test
  void cutsVisiblyWhatIsStillLongerThanTheColumn_neverInsideASurrogatePair() {
    String cut = FormHistoryFitsColumn.fitted("a".repeat(10_000));
    assertThat(cut).hasSize(4000).endsWith(FormHistoryFitsColumn.CUT);
    String emoji = FormHistoryFitsColumn.fitted("a" + "\ud83d\ude00".repeat(3000));
    assertThat(emoji.length()).isLessThanOrEqualTo(4000);
    assertThat(emoji).endsWith(FormHistoryFitsColumn.CUT);
    assertThat(Character.isHighSurrogate(emoji.charAt(emoji.length() - FormHistoryFitsColumn.CUT.length() - 1))).isFalse();
  }
}

package vn.congdoan.cascade.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.congdoan.cascade.organisation.OrganisationUnit;
import vn.congdoan.cascade.organisation.UnitLevel;
import vn.congdoan.cascade.process.EngineClock;

/**
 * A document's header names the body above its issuer and "Nơi nhận" reports to it: the issuer's parent in the
 * registry, or, for a top unit, the body outside the system the registry names (the Confederation above an LĐLĐ).
 */
class LetterheadSuperiorTest {

  private final Letterheads letterheads = new Letterheads(null, null, new EngineClock());

  @Test
  void aSectorIsHeadedByItsParent_aTopUnitByItsExternalParent_aTopUnitWithoutOneByNothing() {
    OrganisationUnit ldld = new OrganisationUnit("ldld-a", UnitLevel.FEDERATION);
    ldld.setName("Liên đoàn Lao động tỉnh A");
    ldld.setHeaderName("LĐLĐ TỈNH A");
    ldld.setExternalParentName("Tổng Liên đoàn Lao động Việt Nam");
    OrganisationUnit sector = new OrganisationUnit("cdn-a", UnitLevel.UPPER_LEVEL);
    sector.setName("Công đoàn ngành A");
    sector.setParent(ldld);

    assertThat(letterheads.letterhead(sector, DocumentKind.REPORT, null).superiorBody()).isEqualTo("LĐLĐ TỈNH A");
    assertThat(letterheads.superiorRecipient(sector)).containsExactly("Liên đoàn Lao động tỉnh A (b.cáo);");

    assertThat(letterheads.letterhead(ldld, DocumentKind.REPORT, null).superiorBody())
        .isEqualTo("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM");
    assertThat(letterheads.superiorRecipient(ldld)).containsExactly("Tổng Liên đoàn Lao động Việt Nam (b.cáo);");

    ldld.setExternalParentName(null);
    assertThat(letterheads.letterhead(ldld, DocumentKind.REPORT, null).superiorBody()).isNull();
    assertThat(letterheads.superiorRecipient(ldld)).isEmpty();
  }
}

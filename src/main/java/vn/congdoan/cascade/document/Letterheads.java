package vn.congdoan.cascade.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.calendar.VietnamTime;
import vn.congdoan.cascade.organisation.Officer;
import vn.congdoan.cascade.organisation.OfficerRepository;
import vn.congdoan.cascade.organisation.OfficerRole;
import vn.congdoan.cascade.organisation.OrganisationRegistry;
import vn.congdoan.cascade.organisation.OrganisationUnit;
import vn.congdoan.cascade.organisation.Superior;
import vn.congdoan.cascade.organisation.UnitLevel;
import vn.congdoan.cascade.process.EngineClock;

/**
 * The parts of a document that come from the registry: the letterhead (the issuer under its
 * superior body, the number, the place and date) and the signature (the collective the chair signs
 * for, the chair's title and name).
 */
@Component
public class Letterheads {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

  private final OrganisationRegistry registry;
  private final OfficerRepository officers;
  private final EngineClock clock;

  public Letterheads(OrganisationRegistry registry, OfficerRepository officers, EngineClock clock) {
    this.registry = registry;
    this.officers = officers;
    this.clock = clock;
  }

  public OfficialDocument.Letterhead letterhead(OrganisationUnit issuer, DocumentKind kind, Registration registration) {
    String superiorBody = issuer.superior().map(Letterheads::headerOf).orElse(null);
    if (registration == null) {
      return new OfficialDocument.Letterhead(superiorBody, headerOf(issuer),
          "Số:        /" + DocumentNumber.symbol(kind, issuer.getSymbol()),
          AdministrativeDates.draftDateLine(issuer.getPlace(), VietnamTime.dayOf(clock.now()).getYear()), true);
    }
    return new OfficialDocument.Letterhead(superiorBody, headerOf(issuer), "Số: " + registration.number().text(),
        AdministrativeDates.dateLine(issuer.getPlace(), registration.date()), false);
  }

  /**
   * The signature block: "TM. BAN THƯỜNG VỤ" (a sector union) or "TM. BAN CHẤP HÀNH" (a grassroots
   * union), the signer's title in capitals ("CHỦ TỊCH"; a vice-chair signs "KT. CHỦ TỊCH / PHÓ CHỦ
   * TỊCH") and name. The signer is the approving officer when they chair the issuer, else the issuer's
   * chair in the registry.
   */
  public OfficialDocument.Signature signature(OrganisationUnit issuer, String approver) {
    Officer signer = approver == null ? null : officers.findByUsername(approver)
        .filter(o -> o.isActive() && o.getRole() == OfficerRole.CHAIR && o.getUnit().getId().equals(issuer.getId()))
        .orElse(null);
    if (signer == null) {
      signer = registry.officersOf(issuer).stream().filter(o -> o.getRole() == OfficerRole.CHAIR).findFirst().orElse(null);
    }
    List<String> capacity = new ArrayList<>();
    capacity.add(issuer.getLevel() == UnitLevel.GRASSROOTS ? "TM. BAN CHẤP HÀNH" : "TM. BAN THƯỜNG VỤ");
    String title = signer == null || signer.getTitle() == null || signer.getTitle().isBlank()
        ? "Chủ tịch" : signer.getTitle();
    if (title.toLowerCase(VIETNAMESE).startsWith("phó")) {
      capacity.add("KT. CHỦ TỊCH");
    }
    capacity.add(title.toUpperCase(VIETNAMESE));
    return new OfficialDocument.Signature(capacity, signer == null ? null : signer.getFullName());
  }

  /**
   * "Báo cáo số 221/BC-CĐYT ngày 05 tháng 6 năm 2023", as an annex names the document it belongs to;
   * a draft leaves number, day and month blank.
   */
  public String citation(OrganisationUnit issuer, DocumentKind kind, Registration registration) {
    if (registration == null) {
      return kind.title() + " số      /" + DocumentNumber.symbol(kind, issuer.getSymbol()) + " ngày      tháng      năm "
          + VietnamTime.dayOf(clock.now()).getYear();
    }
    return kind.title() + " số " + registration.number().text() + " " + AdministrativeDates.longDate(registration.date());
  }

  /** "Liên đoàn Lao động tỉnh Thái Bình (b.cáo);" — how "Nơi nhận" names the superior body. */
  public List<String> superiorRecipient(OrganisationUnit issuer) {
    return issuer.superior().map(s -> List.of(s.name() + " (b.cáo);")).orElse(List.of());
  }

  private static String headerOf(OrganisationUnit unit) {
    return headerOf(unit.getHeaderName(), unit.getName());
  }

  private static String headerOf(Superior superior) {
    return headerOf(superior.headerName(), superior.name());
  }

  private static String headerOf(String headerName, String name) {
    return headerName != null && !headerName.isBlank() ? headerName : name.toUpperCase(VIETNAMESE);
  }
}

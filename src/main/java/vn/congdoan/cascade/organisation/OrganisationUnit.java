package vn.congdoan.cascade.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A union organisation of the registry, at any depth of the tree: the Confederation, a provincial
 * federation (LĐLĐ), an upper-level union (sector, industrial-zone, regional) or a grassroots union. Its
 * stable {@code code} is what processes and Camunda groups refer to, so a unit can be renamed (or
 * retired when units merge) without breaking running cascades or old documents.
 */
@Entity
@Table(name = "org_unit")
public class OrganisationUnit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 64)
  private String code;

  @Column(nullable = false, length = 255)
  private String name;

  /** Name in capitals as printed in a document's header block, e.g. "CÔNG ĐOÀN NGÀNH Y TẾ". */
  @Column(length = 255)
  private String headerName;

  /** Symbol used in document numbers, e.g. "CĐYT" in 220/KH-CĐYT. */
  @Column(length = 32)
  private String symbol;

  /** Place named in a document's date line, e.g. "Thái Bình". */
  @Column(length = 64)
  private String place;

  /** The union's official address, where documents addressed to it are e-mailed (e.g. reports to the LĐLĐ). */
  @Column(length = 255)
  private String email;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private UnitLevel level;

  @ManyToOne(fetch = FetchType.LAZY)
  private OrganisationUnit parent;

  /**
   * The codes from the top unit down to this one, each closed by a slash ({@code /ldld-thai-binh/cdn-y-te/}):
   * a unit is in another's subtree when its path starts with the other's. Written by the registry loader.
   */
  @Column(nullable = false, length = 2000)
  private String path;

  /** For a top unit: the body above it outside the system (e.g. the Confederation above an LĐLĐ). */
  @Column(length = 255)
  private String externalParentName;

  /** Where reports for {@link #externalParentName} are e-mailed. */
  @Column(length = 255)
  private String externalParentEmail;

  @Column(nullable = false)
  private boolean active = true;

  @Version
  private long version;

  protected OrganisationUnit() {}

  public OrganisationUnit(String code, UnitLevel level) {
    this.code = code;
    this.level = level;
    this.path = "/" + code + "/";
  }

  public Long getId() { return id; }
  public String getCode() { return code; }
  public String getName() { return name; }

  /**
   * How the unit names itself inside its own documents: a sector union writes "Công đoàn ngành" (as Plan
   * 220/KH-CĐYT does: "Ban Thường vụ Công đoàn ngành"), any other union its full name (an industrial-zone union is
   * no "ngành").
   */
  public String selfReference() {
    return name.startsWith(SECTOR_PREFIX) ? SECTOR_PREFIX : name;
  }

  private static final String SECTOR_PREFIX = "Công đoàn ngành";
  public void setName(String name) { this.name = name; }
  public String getHeaderName() { return headerName; }
  public void setHeaderName(String headerName) { this.headerName = headerName; }
  public String getSymbol() { return symbol; }
  public void setSymbol(String symbol) { this.symbol = symbol; }
  public String getPlace() { return place; }
  public void setPlace(String place) { this.place = place; }
  public String getEmail() { return email; }
  public void setEmail(String email) { this.email = email; }
  public UnitLevel getLevel() { return level; }
  public void setLevel(UnitLevel level) { this.level = level; }
  public OrganisationUnit getParent() { return parent; }
  /** Sets the parent, and the path from it: the parent's path must be current (parents are loaded first). */
  public void setParent(OrganisationUnit parent) {
    this.parent = parent;
    this.path = (parent == null ? "/" : parent.getPath()) + code + "/";
  }
  public String getPath() { return path; }
  /** The depth in the tree: 0 for a top unit. */
  public int depth() { return (int) path.chars().filter(c -> c == '/').count() - 2; }
  /** The codes of the units above this one, from the top down. */
  public List<String> ancestorCodes() {
    List<String> codes = new ArrayList<>(List.of(path.substring(1, path.length() - 1).split("/")));
    codes.remove(codes.size() - 1);
    return codes;
  }
  /** The body directly above this unit: its parent, or for a top unit the external parent, if the registry names one. */
  public Optional<Superior> superior() {
    if (parent != null) {
      return Optional.of(new Superior(parent.getCode(), parent.getName(), parent.getHeaderName(), parent.getEmail()));
    }
    return externalParentName == null ? Optional.empty()
        : Optional.of(new Superior(null, externalParentName, null, externalParentEmail));
  }
  public String getExternalParentName() { return externalParentName; }
  public void setExternalParentName(String externalParentName) { this.externalParentName = externalParentName; }
  public String getExternalParentEmail() { return externalParentEmail; }
  public void setExternalParentEmail(String externalParentEmail) { this.externalParentEmail = externalParentEmail; }
  public boolean isActive() { return active; }
  public void setActive(boolean active) { this.active = active; }
}

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

/**
 * A union organisation of the registry: the federation, a sector union or a grassroots union. Its
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

  @Column(nullable = false)
  private boolean active = true;

  @Version
  private long version;

  protected OrganisationUnit() {}

  public OrganisationUnit(String code, UnitLevel level) {
    this.code = code;
    this.level = level;
  }

  public Long getId() { return id; }
  public String getCode() { return code; }
  public String getName() { return name; }
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
  public void setParent(OrganisationUnit parent) { this.parent = parent; }
  public boolean isActive() { return active; }
  public void setActive(boolean active) { this.active = active; }
}

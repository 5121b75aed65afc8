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

/** A person who works in the cascade for a union; becomes a Camunda user in the group of their role. */
@Entity
@Table(name = "org_officer")
public class Officer {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 64)
  private String username;

  @Column(nullable = false, length = 128)
  private String fullName;

  /** Position as printed under a signature or in a contact list, e.g. "Chủ tịch". */
  @Column(length = 128)
  private String title;

  @Column(length = 255)
  private String email;

  @Column(length = 32)
  private String phone;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private OfficerRole role;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private OrganisationUnit unit;

  @Column(nullable = false)
  private boolean active = true;

  @Version
  private long version;

  protected Officer() {}

  public Officer(String username) {
    this.username = username;
  }

  /**
   * Whether the officer administers the whole installation (member of {@code camunda-admin}: Cockpit, Admin, every
   * permission): an administrator of a top unit of the registry, e.g. the LĐLĐ's. An administrator of a unit below
   * watches that unit's subtree through the progress page only, so that no unit sees a sibling's data.
   */
  public boolean isInstallationAdministrator() {
    return active && role == OfficerRole.ADMIN && unit.getParent() == null;
  }

  public Long getId() { return id; }
  public String getUsername() { return username; }
  public String getFullName() { return fullName; }
  public void setFullName(String fullName) { this.fullName = fullName; }
  public String getTitle() { return title; }
  public void setTitle(String title) { this.title = title; }
  public String getEmail() { return email; }
  public void setEmail(String email) { this.email = email; }
  public String getPhone() { return phone; }
  public void setPhone(String phone) { this.phone = phone; }
  public OfficerRole getRole() { return role; }
  public void setRole(OfficerRole role) { this.role = role; }
  public OrganisationUnit getUnit() { return unit; }
  public void setUnit(OrganisationUnit unit) { this.unit = unit; }
  public boolean isActive() { return active; }
  public void setActive(boolean active) { this.active = active; }

  /** The Camunda group this officer works in. */
  public String groupId() {
    return role.groupOf(unit);
  }
}

package vn.congdoan.cascade.organisation;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * Where a union organisation stands in the tree, from the top down. A unit's parent stands higher than the
 * unit (a CĐCS may sit directly under an LĐLĐ); every level but the CĐCS has children and the roles of
 * office, chair and administrator.
 */
public enum UnitLevel {
  /** Tổng Liên đoàn Lao động Việt Nam. */
  CONFEDERATION("Tổng Liên đoàn"),
  /** Liên đoàn Lao động tỉnh, thành phố (LĐLĐ). */
  FEDERATION("Liên đoàn Lao động tỉnh"),
  /**
   * Công đoàn cấp trên trực tiếp cơ sở: a sector union (ngành), the industrial-zone union (các KCN), a regional
   * or district union. Registry files written before the tree called it {@code SECTOR}.
   */
  @JsonAlias("SECTOR")
  UPPER_LEVEL("Công đoàn cấp trên trực tiếp cơ sở"),
  /** Công đoàn cơ sở (CĐCS): drafts its sub-plan, acts, nominates, reports. */
  GRASSROOTS("Công đoàn cơ sở");

  private final String label;

  UnitLevel(String label) {
    this.label = label;
  }

  /** The level's Vietnamese name, as an officer reads it. */
  public String label() {
    return label;
  }

  /** Whether units of this level have units below them (and the roles office, chair, administrator). */
  public boolean hasChildren() {
    return this != GRASSROOTS;
  }

  /**
   * Whether a unit of this level may sit directly under a unit of {@code parent}'s level: under a higher level,
   * or an upper-level union under another (a corporation's union above its companies' unions), so the tree
   * has any depth.
   */
  public boolean mayBeUnder(UnitLevel parent) {
    return parent.ordinal() < ordinal() || this == UPPER_LEVEL && parent == UPPER_LEVEL;
  }
}

package vn.congdoan.cascade.nomination;

public enum NominationKind {
  INDIVIDUAL("Cá nhân"),
  COLLECTIVE("Tập thể");

  private final String label;

  NominationKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

package vn.congdoan.cascade.nomination;

public enum NominationStatus {
  /** Sent by the grassroots union, awaiting the sector's review. */
  PROPOSED,
  ACCEPTED,
  REJECTED
}

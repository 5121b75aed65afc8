package vn.congdoan.cascade.nomination;

/** Forms of recognition a nomination can propose, lowest first. */
public enum RecognitionForm {
  GIAY_KHEN_CDCS("Giấy khen của Ban Chấp hành CĐCS"),
  GIAY_KHEN_NGANH("Giấy khen của Công đoàn ngành"),
  BANG_KHEN_LDLD("Bằng khen của LĐLĐ tỉnh"),
  BANG_KHEN_TLD("Bằng khen của Tổng Liên đoàn Lao động Việt Nam"),
  BANG_LAO_DONG_SANG_TAO("Bằng Lao động sáng tạo của Tổng Liên đoàn"),
  CO_THI_DUA_TLD("Cờ thi đua của Tổng Liên đoàn");

  private final String label;

  RecognitionForm(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

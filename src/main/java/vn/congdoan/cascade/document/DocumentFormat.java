package vn.congdoan.cascade.document;

import java.util.Locale;

/** The file formats every issued document is stored in. */
public enum DocumentFormat {
  PDF("application/pdf", "pdf"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

  private final String mediaType;
  private final String extension;

  DocumentFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  /** "pdf", "PDF", "docx" …; null when the text names no known format. */
  public static DocumentFormat parse(String text) {
    if (text == null) {
      return null;
    }
    for (DocumentFormat format : values()) {
      if (format.extension.equals(text.trim().toLowerCase(Locale.ROOT))) {
        return format;
      }
    }
    return null;
  }
}

package vn.congdoan.cascade.security;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A request's path as the engine's REST API and the webapps read it: percent-decoded once (UTF-8), path
 * parameters ({@code ;jsessionid=…}) dropped from every segment, empty segments and a trailing slash
 * removed. A path that no API could serve unambiguously — an encoded slash or backslash, a NUL, a
 * malformed escape or invalid UTF-8, a {@code .} or {@code ..} segment — has no {@code ApiPath}: it is
 * refused. {@link #area()} tells which API it is for: {@code engine} (the engine's REST API, at
 * {@code /engine-rest}, {@code /engine-rest/engine/{name}} or the webapps' {@code /camunda/api/engine/engine/{name}}),
 * or a webapp's own API ({@code cockpit}, {@code admin}, {@code tasklist}, {@code welcome}); {@link #rest()}
 * is the path inside it, starting with {@code /} (or empty for its root).
 */
record ApiPath(String area, String rest) {

  static final String ENGINE = "engine";

  /** The request's API path, or empty if the path is refused; null if the path is not an API's at all. */
  static Optional<ApiPath> of(HttpServletRequest request) {
    String raw = request.getRequestURI().substring(request.getContextPath().length());
    List<String> segments = new ArrayList<>();
    for (String segment : raw.split("/", -1)) {
      int parameters = segment.indexOf(';');
      String name = parameters >= 0 ? segment.substring(0, parameters) : segment;
      String lower = name.toLowerCase();
      if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00") || name.contains("\\")) {
        return Optional.empty();
      }
      String decoded = decode(name);
      if (decoded == null || decoded.equals(".") || decoded.equals("..") || decoded.indexOf('\0') >= 0) {
        return Optional.empty();
      }
      if (!decoded.isEmpty()) {
        segments.add(decoded);
      }
    }
    return Optional.of(split(segments));
  }

  private static ApiPath split(List<String> segments) {
    int size = segments.size();
    if (size >= 1 && segments.get(0).equals("engine-rest")) {
      int skip = size >= 3 && segments.get(1).equals("engine") ? 3 : 1;
      return new ApiPath(ENGINE, join(segments, skip));
    }
    if (size >= 3 && segments.get(0).equals("camunda") && segments.get(1).equals("api")) {
      String app = segments.get(2);
      if (app.equals(ENGINE)) {
        return new ApiPath(ENGINE, size >= 5 && segments.get(3).equals("engine") ? join(segments, 5) : "/" + String.join("/", segments.subList(3, size)));
      }
      return new ApiPath(app, join(segments, 3));
    }
    return new ApiPath("", "/" + String.join("/", segments));
  }

  private static String join(List<String> segments, int from) {
    return from >= segments.size() ? "" : "/" + String.join("/", segments.subList(from, segments.size()));
  }

  /** Percent-decodes once, as UTF-8 ({@code +} stays a plus in a path), or null if malformed. */
  static String decode(String segment) {
    if (segment.indexOf('%') < 0) {
      return segment;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] raw = segment.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < raw.length; i++) {
      if (raw[i] == '%') {
        if (i + 2 >= raw.length) {
          return null;
        }
        int high = Character.digit(raw[i + 1], 16);
        int low = Character.digit(raw[i + 2], 16);
        if (high < 0 || low < 0) {
          return null;
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else {
        bytes.write(raw[i]);
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}

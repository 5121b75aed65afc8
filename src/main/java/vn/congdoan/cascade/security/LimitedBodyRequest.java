package vn.congdoan.cascade.security;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;

/**
 * A request whose body may not exceed a limit: a body declared larger is known before reading
 * ({@link #declaredTooLarge()}); one sent without a length (chunked) fails with an {@link IOException}
 * once the limit is passed, so that the API never holds more than the limit in memory for it.
 */
final class LimitedBodyRequest extends HttpServletRequestWrapper {

  private final long limit;

  LimitedBodyRequest(HttpServletRequest request, long limit) {
    super(request);
    this.limit = limit;
  }

  boolean declaredTooLarge() {
    return getContentLengthLong() > limit;
  }

  @Override
  public ServletInputStream getInputStream() throws IOException {
    ServletInputStream body = super.getInputStream();
    return new ServletInputStream() {
      private long read;

      @Override
      public int read() throws IOException {
        int b = body.read();
        if (b >= 0) {
          count(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = body.read(buffer, offset, length);
        if (n > 0) {
          count(n);
        }
        return n;
      }

      private void count(int n) throws IOException {
        read += n;
        if (read > limit) {
          throw new IOException("Request body over " + limit + " bytes");
        }
      }

      @Override
      public boolean isFinished() {
        return body.isFinished();
      }

      @Override
      public boolean isReady() {
        return body.isReady();
      }

      @Override
      public void setReadListener(ReadListener listener) {
        body.setReadListener(listener);
      }
    };
  }
}

package vn.congdoan.cascade.database;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * Passes a response through unchanged, except a server error (status 500 and up): its body is held
 * back, so that {@link DatabaseOutageFilter} can still answer 503 instead, or pass it on with
 * {@link #release()}. Nothing is buffered for any other response.
 */
final class ErrorHoldingResponse extends HttpServletResponseWrapper {

  private boolean holding = true;
  private boolean serverError;
  private Integer heldSendError;
  private String heldSendErrorMessage;
  private boolean bodyPassedOn;
  private ByteArrayOutputStream held;
  private ServletOutputStream heldStream;
  private PrintWriter heldWriter;

  ErrorHoldingResponse(HttpServletResponse response) {
    super(response);
  }

  /** A server error was answered and nothing of its body has gone out. */
  boolean serverErrorHeld() {
    return serverError && !bodyPassedOn && !getResponse().isCommitted();
  }

  @Override
  public void setStatus(int status) {
    if (holding && status >= 500) {
      serverError = true;
    }
    super.setStatus(status);
  }

  @Override
  public void sendError(int status) throws IOException {
    sendError(status, null);
  }

  @Override
  public void sendError(int status, String message) throws IOException {
    if (holding && status >= 500 && !bodyPassedOn) {
      serverError = true;
      heldSendError = status;
      heldSendErrorMessage = message;
      super.setStatus(status);
      return;
    }
    if (message == null) {
      super.sendError(status);
    } else {
      super.sendError(status, message);
    }
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    if (holding && serverError && heldWriter == null) {
      if (heldStream == null) {
        heldStream = new HeldStream(buffer());
      }
      return heldStream;
    }
    bodyPassedOn = true;
    return super.getOutputStream();
  }

  @Override
  public PrintWriter getWriter() throws IOException {
    if (holding && serverError && heldStream == null) {
      if (heldWriter == null) {
        heldWriter = new PrintWriter(new OutputStreamWriter(buffer(), Charset.forName(getCharacterEncoding())));
      }
      return heldWriter;
    }
    bodyPassedOn = true;
    return super.getWriter();
  }

  @Override
  public void flushBuffer() throws IOException {
    if (!(holding && serverError)) {
      super.flushBuffer();
    }
  }

  /** Passes on what was held back, and holds nothing from now on. */
  void release() throws IOException {
    boolean wasHolding = holding;
    holding = false;
    if (!wasHolding) {
      return;
    }
    if (heldSendError != null) {
      if (heldSendErrorMessage == null) {
        super.sendError(heldSendError);
      } else {
        super.sendError(heldSendError, heldSendErrorMessage);
      }
      return;
    }
    if (held == null) {
      return;
    }
    if (heldWriter != null) {
      heldWriter.flush();
    }
    held.writeTo(super.getOutputStream());
  }

  private ByteArrayOutputStream buffer() {
    if (held == null) {
      held = new ByteArrayOutputStream();
    }
    return held;
  }

  private static final class HeldStream extends ServletOutputStream {

    private final ByteArrayOutputStream target;

    HeldStream(ByteArrayOutputStream target) {
      this.target = target;
    }

    @Override
    public void write(int b) {
      target.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      target.write(b, off, len);
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      throw new UnsupportedOperationException("a held error body is written synchronously");
    }
  }
}

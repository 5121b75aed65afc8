package vn.congdoan.cascade.form;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.engine.EngineHooks;

/**
 * A variable sent as a Java-serialized object ({@code {"type": "Object", "valueInfo":
 * {"serializationDataFormat": "application/x-java-serialized-object"}}}) is refused as bad input: HTTP
 * 400 with the Vietnamese reason naming the variable, nothing stored.
 *
 * <p>Java serialization is off ({@code camunda.bpm.generic-properties.properties.java-serialization-format-enabled:
 * false} in {@code application.yaml}; it is also Camunda 7.24's default, and {@code engine.EngineInternals} keeps
 * it so), so the engine never stores or
 * deserializes such a value: it refuses it while setting the variable, before any listener of the
 * application runs, with a plain {@link ProcessEngineException} ("ENGINE-17007 Cannot set variable with
 * name … Java serialization format is prohibited"), which the REST API answers with 500 and which
 * {@link CompletionRetry} would even try once more as an unknown failure. This hook, seeing a failed
 * command before {@link RefusalUnwrapping}, turns exactly that exception into a {@link FormValidationException};
 * the transaction is already rolled back when it sees it.
 */
@Component
@Order(10)
class JavaSerializedVariableRefusal implements EngineHooks.CommandFailure {

  /** The engine's message ({@code CoreLogger.javaSerializationProhibitedException}, code 17007). */
  static final Pattern PROHIBITED =
      Pattern.compile("ENGINE-17007 Cannot set variable with name (.*)\\. Java serialization format is prohibited");

  @Override
  public RuntimeException onFailure(RuntimeException failure) {
    if (failure instanceof ProcessEngineException) {
      FormValidationException refusal = refusalFor(failure);
      if (refusal != null) {
        return refusal;
      }
    }
    return failure;
  }

  /** The refusal for the engine's "Java serialization format is prohibited", or null for any other exception. */
  static FormValidationException refusalFor(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      Matcher prohibited = t.getMessage() == null ? null : PROHIBITED.matcher(t.getMessage());
      if (prohibited != null && prohibited.find()) {
        String name = prohibited.group(1);
        return new FormValidationException(name, "Dữ liệu \"" + name + "\" được gửi dưới dạng đối tượng Java tuần tự hoá "
            + "(Object, application/x-java-serialized-object), không được chấp nhận: vui lòng gửi giá trị theo kiểu của "
            + "trường trên biểu mẫu. Không có gì được lưu.");
      }
    }
    return null;
  }
}

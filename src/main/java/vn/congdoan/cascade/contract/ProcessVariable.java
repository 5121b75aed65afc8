package vn.congdoan.cascade.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * One process variable of the contract: its name, and the type it is stored with. Read and written
 * through Camunda's typed value API, never deserialized ({@code getVariableTyped(name, false)}), so a Json
 * variable is read as its text and no Java-serialized Object is ever involved.
 *
 * <pre>
 * Long id = DIRECTIVE_ID.from(execution).get();          // required: missing is an IllegalStateException
 * String code = UNIT_CODE.from(execution).getOrNull();
 * PLAN_APPROVED.on(task.getExecution()).set(true);
 * </pre>
 *
 * @param <T> the Java type the code sees
 */
public final class ProcessVariable<T> {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String name;
  private final String typeName;
  private final Function<T, TypedValue> writer;
  private final Function<TypedValue, T> reader;

  private ProcessVariable(String name, String typeName, Function<T, TypedValue> writer, Function<TypedValue, T> reader) {
    if (name == null || !name.matches("[a-z][A-Za-z0-9]*")) {
      throw new IllegalArgumentException("Not a variable name: " + name);
    }
    this.name = name;
    this.typeName = typeName;
    this.writer = writer;
    this.reader = reader;
  }

  /** A String variable (at most 4,000 characters, the engine's column). */
  public static ProcessVariable<String> stringVariable(String name) {
    return new ProcessVariable<>(name, "String", Variables::stringValue,
        value -> expect(name, value, ValueType.STRING, String.class));
  }

  /** A Long variable; an Integer or Short (a REST client's number) reads as a Long too. */
  public static ProcessVariable<Long> longVariable(String name) {
    return new ProcessVariable<>(name, "Long", Variables::longValue, value -> {
      if (value.getValue() instanceof Number number && (value.getType() == ValueType.LONG
          || value.getType() == ValueType.INTEGER || value.getType() == ValueType.SHORT)) {
        return number.longValue();
      }
      throw wrongType(name, value, "Long");
    });
  }

  public static ProcessVariable<Boolean> booleanVariable(String name) {
    return new ProcessVariable<>(name, "Boolean", Variables::booleanValue,
        value -> expect(name, value, ValueType.BOOLEAN, Boolean.class));
  }

  public static ProcessVariable<Date> dateVariable(String name) {
    return new ProcessVariable<>(name, "Date", Variables::dateValue,
        value -> expect(name, value, ValueType.DATE, Date.class));
  }

  /**
   * A JSON document held as a Json variable (Camunda Spin), any length; read and written as its text.
   * Reads a String variable holding the text too (what a REST client may send).
   */
  public static ProcessVariable<String> jsonVariable(String name) {
    return new ProcessVariable<>(name, "Json", text -> SpinValues.jsonValue(text).create(), value -> {
      if (isJson(value)) {
        return ((SerializableValue) value).getValueSerialized();
      }
      if (value.getType() == ValueType.STRING) {
        return (String) value.getValue();
      }
      throw wrongType(name, value, "Json");
    });
  }

  /**
   * A list of ids held as a Json array ({@code [12,13]}), any length (a String variable would hold only
   * 4,000 characters). Also reads the comma-joined String ({@code "12,13"}) such a list was stored as
   * before, so that process instances started earlier keep working.
   */
  public static ProcessVariable<List<Long>> listOfLongs(String name) {
    return new ProcessVariable<>(name, "Json (array of Long)", ProcessVariable::jsonArray, value -> {
      if (isJson(value)) {
        return readLongs(name, ((SerializableValue) value).getValueSerialized());
      }
      if (value.getType() == ValueType.STRING) {
        String text = ((String) value.getValue()).strip();
        return text.startsWith("[") ? readLongs(name, text) : Arrays.stream(text.split(","))
            .map(String::strip).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
      }
      throw wrongType(name, value, "Json");
    });
  }

  public String name() {
    return name;
  }

  /** How the variable is stored, e.g. {@code Long}, {@code Json}. */
  public String typeName() {
    return typeName;
  }

  /** Reads the variable in a scope (a task, an execution): visible there, local or inherited. */
  public Reading<T> from(VariableScope scope) {
    return new Reading<>(this, scope, () -> scope.getVariableTyped(name, false));
  }

  /** Reads the variable of the scope itself only (a task's local variable). */
  public Reading<T> fromLocal(VariableScope scope) {
    return new Reading<>(this, scope, () -> scope.getVariableLocalTyped(name, false));
  }

  /** Reads the variable in variables the engine returned (a task's form variables, say). */
  public Reading<T> from(VariableMap variables) {
    return new Reading<>(this, variables.keySet(), () -> variables.getValueTyped(name));
  }

  /** Writes or removes the variable in a scope. */
  public Writing<T> on(VariableScope scope) {
    return new Writing<>(this, scope);
  }

  /** The value as the engine stores it, e.g. for {@code setVariables} or a start's variables. */
  public TypedValue typed(T value) {
    return writer.apply(value);
  }

  /** Puts the value into a map of variables (a start's, a correlation's) and returns the map. */
  public VariableMap putInto(VariableMap variables, T value) {
    return variables.putValueTyped(name, typed(value));
  }

  /** The value of a typed value as the engine returned it ({@code deserializeValue=false}), or null. */
  public T read(TypedValue value) {
    if (value == null || value.getType() == ValueType.NULL || !isJson(value) && value.getValue() == null) {
      return null;
    }
    return reader.apply(value.getType() == null ? typedByJavaType(value.getValue()) : value);
  }

  /** An untyped value (a plain Java value in a map of variables) with the type the engine would give it. */
  private static TypedValue typedByJavaType(Object value) {
    if (value instanceof String text) {
      return Variables.stringValue(text);
    } else if (value instanceof Long number) {
      return Variables.longValue(number);
    } else if (value instanceof Integer number) {
      return Variables.integerValue(number);
    } else if (value instanceof Short number) {
      return Variables.shortValue(number);
    } else if (value instanceof Boolean flag) {
      return Variables.booleanValue(flag);
    } else if (value instanceof Date date) {
      return Variables.dateValue(date);
    }
    return Variables.objectValue(value).create();
  }

  /** The names of the given variables. */
  public static Set<String> names(Collection<? extends ProcessVariable<?>> variables) {
    return variables.stream().map(ProcessVariable::name).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  @Override
  public String toString() {
    return name + " (" + typeName + ")";
  }

  /** A variable read in one scope. */
  public static final class Reading<T> {
    private final ProcessVariable<T> variable;
    private final Object where;
    private final Supplier<TypedValue> value;

    private Reading(ProcessVariable<T> variable, Object where, Supplier<TypedValue> value) {
      this.variable = variable;
      this.where = where;
      this.value = value;
    }

    /** The value; a missing (or null) variable is an {@link IllegalStateException}. */
    public T get() {
      T value = getOrNull();
      if (value == null) {
        throw new IllegalStateException("Process variable '" + variable.name + "' is missing in " + where);
      }
      return value;
    }

    public T getOrNull() {
      return variable.read(value.get());
    }

    public T orElse(T otherwise) {
      T value = getOrNull();
      return value == null ? otherwise : value;
    }

    public boolean isPresent() {
      return getOrNull() != null;
    }
  }

  /** A variable written in one scope. */
  public static final class Writing<T> {
    private final ProcessVariable<T> variable;
    private final VariableScope scope;

    private Writing(ProcessVariable<T> variable, VariableScope scope) {
      this.variable = variable;
      this.scope = scope;
    }

    /** Sets the variable where it is visible, or else on the scope (Camunda's {@code setVariable}). */
    public void set(T value) {
      scope.setVariable(variable.name, variable.typed(value));
    }

    /** Sets the variable on the scope itself ({@code setVariableLocal}). */
    public void setLocal(T value) {
      scope.setVariableLocal(variable.name, variable.typed(value));
    }

    public void remove() {
      scope.removeVariable(variable.name);
    }
  }

  private static boolean isJson(TypedValue value) {
    return value instanceof SerializableValue && !(value instanceof ObjectValue) && "json".equals(value.getType().getName());
  }

  private static <V> V expect(String name, TypedValue value, ValueType type, Class<V> javaType) {
    if (value.getType() == type && javaType.isInstance(value.getValue())) {
      return javaType.cast(value.getValue());
    }
    throw wrongType(name, value, type.getName());
  }

  private static IllegalStateException wrongType(String name, TypedValue value, String expected) {
    String actual = value.getType() == null ? value.getValue().getClass().getSimpleName() : value.getType().getName();
    return new IllegalStateException("Process variable '" + name + "' is of type " + actual + ", expected " + expected);
  }

  private static TypedValue jsonArray(List<Long> values) {
    if (values == null) {
      return SpinValues.jsonValue((String) null).create();
    }
    return SpinValues.jsonValue(values.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"))).create();
  }

  private static List<Long> readLongs(String name, String json) {
    if (json == null) {
      return null;
    }
    try {
      Long[] values = JSON.readValue(json, Long[].class);
      return values == null ? List.of() : new ArrayList<>(Arrays.asList(values));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Process variable '" + name + "' is not a JSON array of numbers", e);
    }
  }
}

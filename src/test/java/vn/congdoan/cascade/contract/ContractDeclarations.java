package vn.congdoan.cascade.contract;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the contract classes declare, found by reflection, for the tests that check and document them. */
final class ContractDeclarations {

  static final List<Class<?>> MODELS = List.of(DirectiveCascadeContract.class, GrassrootsUnionContract.class);

  private ContractDeclarations() {}

  /** The variables a contract class and its form classes declare, by name, in declaration order. */
  static Map<String, ProcessVariable<?>> variables(Class<?> contract) {
    Map<String, ProcessVariable<?>> found = new LinkedHashMap<>();
    for (Class<?> type : withNested(contract)) {
      for (Field field : constants(type)) {
        if (ProcessVariable.class.isAssignableFrom(field.getType())) {
          ProcessVariable<?> variable = (ProcessVariable<?>) value(field);
          found.put(variable.name(), variable);
        }
      }
    }
    if (MODELS.contains(contract)) {
      for (TaskForm form : forms(contract)) {
        form.variables().forEach(v -> found.putIfAbsent(v.name(), v));
        form.kept().forEach(v -> found.putIfAbsent(v.name(), v));
      }
    }
    return found;
  }

  /** A model contract's task forms ({@code forms()}). */
  static List<TaskForm> forms(Class<?> contract) {
    try {
      @SuppressWarnings("unchecked")
      List<TaskForm> forms = (List<TaskForm>) contract.getMethod("forms").invoke(null);
      return forms;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(contract + " has no forms()", e);
    }
  }

  /** Every variable of the contract package. */
  static Map<String, ProcessVariable<?>> allVariables() {
    Map<String, ProcessVariable<?>> all = new LinkedHashMap<>(variables(SharedVariables.class));
    MODELS.forEach(model -> all.putAll(variables(model)));
    return all;
  }

  /** The String constants of a contract class: process key, messages, element ids, values. */
  static Map<String, String> strings(Class<?> contract) {
    Map<String, String> found = new LinkedHashMap<>();
    for (Field field : constants(contract)) {
      if (field.getType() == String.class) {
        found.put(field.getName(), (String) value(field));
      }
    }
    return found;
  }

  static List<Class<?>> withNested(Class<?> contract) {
    List<Class<?>> types = new ArrayList<>(List.of(contract));
    types.addAll(List.of(contract.getDeclaredClasses()));
    return types;
  }

  private static List<Field> constants(Class<?> type) {
    List<Field> fields = new ArrayList<>();
    for (Field field : type.getDeclaredFields()) {
      int m = field.getModifiers();
      if (Modifier.isPublic(m) && Modifier.isStatic(m) && Modifier.isFinal(m)) {
        fields.add(field);
      }
    }
    return fields;
  }

  private static Object value(Field field) {
    try {
      return field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}

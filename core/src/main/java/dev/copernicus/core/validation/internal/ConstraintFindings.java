package dev.copernicus.core.validation.internal;

import dev.copernicus.core.catalogue.Code;
import dev.copernicus.core.internal.Pointer;
import dev.copernicus.core.validation.constraints.NonBlank;
import dev.copernicus.core.validation.constraints.ValidId;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.lang.annotation.Annotation;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Turns a Jakarta constraint violation into a finding's code, pointer and message arguments. Internal. */
public final class ConstraintFindings {
  private ConstraintFindings() {}

  /** What a violation becomes. */
  public record Mapped(String code, String path, @Nullable Object value, List<String> args) {}

  /** Maps {@code violation}. */
  public static Mapped map(ConstraintViolation<?> violation) {
    Annotation annotation = violation.getConstraintDescriptor().getAnnotation();
    Object value = violation.getInvalidValue();
    String path = pointer(violation.getPropertyPath());
    String valueText = String.valueOf(value);
    if (annotation instanceof NotBlank || annotation instanceof NonBlank) {
      return new Mapped(
          Code.VALUE_REQUIRED.code(),
          path,
          null,
          List.of(lastProperty(violation.getPropertyPath())));
    }
    if (annotation instanceof Min min) {
      return new Mapped(
          Code.VALUE_TOO_SMALL.code(), path, value, List.of(valueText, Long.toString(min.value())));
    }
    if (annotation instanceof Max max) {
      return new Mapped(
          Code.VALUE_TOO_LARGE.code(), path, value, List.of(valueText, Long.toString(max.value())));
    }
    if (annotation instanceof ValidId) {
      return new Mapped(Code.ID_MALFORMED.code(), path, value, List.of(valueText));
    }
    return new Mapped(
        Code.CONSTRAINT_VIOLATED.code(), path, value, List.of(violation.getMessage()));
  }

  /**
   * The JSON pointer of a property path: {@code successMetrics[3].target} becomes {@code
   * /successMetrics/3/target}. Container elements such as list items add their index only; a method,
   * a parameter, a return value (none of them a property) add nothing.
   */
  public static String pointer(Path path) {
    StringBuilder pointer = new StringBuilder();
    for (Path.Node node : path) {
      if (node.getIndex() != null) {
        pointer.append('/').append(node.getIndex());
      } else if (node.getKey() != null) {
        pointer.append('/').append(Pointer.escape(node.getKey().toString()));
      }
      if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
        pointer.append('/').append(Pointer.escape(node.getName()));
      }
    }
    return pointer.toString();
  }

  private static String lastProperty(Path path) {
    String name = "";
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
        name = node.getName();
      }
    }
    return name;
  }
}

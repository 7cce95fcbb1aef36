package run.kro.backend.cel;

import dev.cel.common.types.CelKind;
import dev.cel.common.types.CelType;
import dev.cel.common.types.CelTypeProvider;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.StructType;
import java.util.Optional;

/**
 * Whether an expression's result may be written where a schema expects another type (kro's
 * structural rules, docs/design.md#type-checking): dyn on either side fits; optionals are
 * unwrapped; primitives match by kind (and an int fits a number); lists and maps recursively; a
 * struct fits another struct when each of its fields exists there with a fitting type (subset
 * semantics); maps and structs fit each other when keys are strings and values fit. Returns why
 * not, if not.
 */
public final class TypeCompatibility {

  private final CelTypeProvider types;

  /**
   * @param types resolves struct types by name; the checker hands back references to them
   */
  public TypeCompatibility(CelTypeProvider types) {
    this.types = types;
  }

  public Optional<String> mismatch(CelType output, CelType expected) {
    output = CelTypeNames.unwrapOptional(output);
    expected = CelTypeNames.unwrapOptional(expected);
    if (isDyn(output) || isDyn(expected) || output.kind() == CelKind.NULL_TYPE) {
      return Optional.empty();
    }
    if (expected.kind() == CelKind.STRUCT) {
      return intoStruct(output, expected);
    }
    if (expected.kind() == CelKind.MAP && output.kind() == CelKind.STRUCT) {
      return structIntoMap(output, (MapType) expected);
    }
    if (output.kind() != expected.kind()
        && !(output.kind() == CelKind.INT && expected.kind() == CelKind.DOUBLE)) {
      return kindMismatch(output, expected);
    }
    if (expected.kind() == CelKind.LIST) {
      return mismatch(((ListType) output).elemType(), ((ListType) expected).elemType())
          .map(why -> "list element type incompatible: " + why);
    }
    if (expected.kind() == CelKind.MAP) {
      MapType out = (MapType) output;
      MapType exp = (MapType) expected;
      Optional<String> keys =
          mismatch(out.keyType(), exp.keyType()).map(why -> "map key type incompatible: " + why);
      return keys.isPresent()
          ? keys
          : mismatch(out.valueType(), exp.valueType())
              .map(why -> "map value type incompatible: " + why);
    }
    return Optional.empty();
  }

  private Optional<String> intoStruct(CelType output, CelType expectedType) {
    if (output.kind() == CelKind.MAP) {
      CelType key = ((MapType) output).keyType();
      return isDyn(key) || key.kind() == CelKind.STRING
          ? Optional.empty()
          : kindMismatch(output, expectedType);
    }
    if (output.kind() != CelKind.STRUCT) {
      return kindMismatch(output, expectedType);
    }
    if (output.name().equals(expectedType.name())) {
      return Optional.empty();
    }
    Optional<StructType> resolvedOutput = resolve(output);
    Optional<StructType> resolvedExpected = resolve(expectedType);
    if (resolvedOutput.isEmpty() || resolvedExpected.isEmpty()) {
      return Optional.empty();
    }
    StructType struct = resolvedOutput.get();
    StructType expected = resolvedExpected.get();
    for (StructType.Field field : struct.fields()) {
      Optional<StructType.Field> target = expected.findField(field.name());
      if (target.isEmpty()) {
        return Optional.of(
            "field \"" + field.name() + "\" exists in output but not in expected type");
      }
      Optional<String> why = mismatch(field.type(), target.get().type());
      if (why.isPresent()) {
        return Optional.of("field \"" + field.name() + "\" has incompatible type: " + why.get());
      }
    }
    return Optional.empty();
  }

  private Optional<String> structIntoMap(CelType outputType, MapType expected) {
    if (!isDyn(expected.keyType()) && expected.keyType().kind() != CelKind.STRING) {
      return kindMismatch(outputType, expected);
    }
    Optional<StructType> output = resolve(outputType);
    if (output.isEmpty()) {
      return Optional.empty();
    }
    for (StructType.Field field : output.get().fields()) {
      Optional<String> why = mismatch(field.type(), expected.valueType());
      if (why.isPresent()) {
        return Optional.of("field \"" + field.name() + "\" has incompatible type: " + why.get());
      }
    }
    return Optional.empty();
  }

  /** A struct type itself, whether {@code type} is one or a reference to one by name. */
  private Optional<StructType> resolve(CelType type) {
    if (type instanceof StructType struct) {
      return Optional.of(struct);
    }
    return types
        .findType(type.name())
        .filter(t -> t instanceof StructType)
        .map(t -> (StructType) t);
  }

  private static boolean isDyn(CelType type) {
    return type.kind() == CelKind.DYN
        || type.kind() == CelKind.ANY
        || type.kind() == CelKind.TYPE_PARAM;
  }

  private static Optional<String> kindMismatch(CelType output, CelType expected) {
    return Optional.of(
        "type kind mismatch: got \""
            + CelTypeNames.describe(output)
            + "\", expected \""
            + CelTypeNames.describe(expected)
            + "\"");
  }
}

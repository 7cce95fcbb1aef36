package run.kro.ui.instance.form;

/**
 * Picks the editor for a field by its {@link FieldKind}; containers call back for their fields and
 * rows.
 */
final class EditorFactory {

  FieldEditor create(FieldSpec spec) {
    return switch (FieldKind.of(spec.schema())) {
      case STRING -> new TextEditor(spec);
      case INTEGER -> new IntegerEditor(spec);
      case NUMBER -> new NumberEditor(spec);
      case BOOLEAN -> new BooleanEditor(spec);
      case ENUM -> new EnumEditor(spec);
      case OBJECT -> new ObjectEditor(spec, this, true);
      case ARRAY -> new ArrayEditor(spec, this);
      case MAP -> new MapEditor(spec, this);
      case UNSUPPORTED -> new PreservedValueEditor(spec);
    };
  }

  /** The form's top-level editor: an unframed section when the root is an object. */
  FieldEditor createRoot(FieldSpec spec) {
    return FieldKind.of(spec.schema()) == FieldKind.OBJECT
        ? new ObjectEditor(spec, this, false)
        : create(spec);
  }
}

/**
 * The instance form: a Vaadin component generated from a CRD's OpenAPI v3 {@code spec} schema, one
 * editor per field kind. It checks values with the backend's {@code SchemaValidator} (so the
 * console and the API server agree) and keeps every value it cannot show. Uses Flow components and
 * Jackson only; no cluster access.
 */
package run.kro.ui.instance.form;

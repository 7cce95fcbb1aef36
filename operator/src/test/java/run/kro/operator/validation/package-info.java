/**
 * What the API server does with instances that break their ResourceGroup's schema: the generated
 * CRD's rules are enforced by the server itself, so a malformed instance is refused with the field
 * and the rule, and the controller never sees it. Fixtures live in {@code
 * src/test/resources/validation/}.
 */
package run.kro.operator.validation;

/**
 * Sign-in: OIDC login (authorization code with PKCE) against the configured provider, or against
 * the embedded provider in {@code idp} when none is configured; the signed-in user and their
 * groups. All security configuration lives in {@link run.kro.ui.security.SecurityConfiguration};
 * the embedded provider itself is {@code run.kro.idp}.
 */
package run.kro.ui.security;

/**
 * The embedded OIDC provider (Spring Authorization Server) with demo users, which the console
 * starts as its own application context on its own port when no external provider is configured, so
 * that sign-in is a real OIDC flow. It lives outside {@code run.kro.ui} so that the console's
 * component scan never picks its beans up.
 */
package run.kro.idp;

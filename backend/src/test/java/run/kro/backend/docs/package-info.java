/**
 * Guards for the documentation: the API reference generated from the CRDs in {@code helm/crds}, and a check of every
 * relative link and anchor in the repository's Markdown files. Plain Java and Jackson only; no network.
 */
package run.kro.backend.docs;

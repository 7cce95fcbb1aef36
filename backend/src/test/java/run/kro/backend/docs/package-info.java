/**
 * Guards for the documentation: the API reference generated from the CRDs in {@code helm/crds}, a
 * check of every relative link and anchor in the repository's Markdown files, and of every citation
 * of the documentation in the comments of code and test resources. Plain Java and Jackson only; no
 * network.
 */
package run.kro.backend.docs;

/**
 * Views for developers: the catalogue of APIs, the instances of one API, creating and editing an instance through
 * the generated form or YAML with a preview, and the live status page of an instance.
 */
package run.kro.ui.instance.ui;

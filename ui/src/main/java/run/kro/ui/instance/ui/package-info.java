/**
 * Views for developers: the catalogue of APIs, the instances of one API, every instance the user
 * can see (My instances), creating and editing an instance through the generated form or YAML with
 * a preview (asking before unsaved changes are dropped), and the live status page of an instance; a
 * page the user may not open says why.
 */
package run.kro.ui.instance.ui;

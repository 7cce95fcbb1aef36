/** The controller process: reconcilers and Kubernetes I/O; desired state comes from the backend engine. */
package run.kro.operator;

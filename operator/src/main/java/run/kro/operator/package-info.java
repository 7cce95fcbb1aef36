/**
 * The controller process: {@code rg} reconciles ResourceGroups, {@code instance} their instances,
 * {@code registry} holds the graphs between them, {@code queue} schedules the work, {@code kube}
 * does shared Kubernetes I/O, {@code leader} elects one active replica, {@code probes} serves the
 * probes and metrics, and {@code config} wires it all. Desired state comes from the backend engine.
 */
package run.kro.operator;

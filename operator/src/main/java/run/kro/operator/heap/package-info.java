/**
 * Gives the heap a burst of work left behind back to the system once the controller is idle. The
 * controller runs on the JDK's serial collector (the smallest footprint of the JDK's collectors,
 * docs/performance.md), which resizes the heap only in a full collection and, unlike G1 ({@code
 * -XX:G1PeriodicGCInterval}), has no collection of its own when nothing happens: after a burst of
 * reconciles the old generation keeps the size the burst's promoted garbage gave it. Written here
 * because no library or JVM option does this for the serial collector; measured against G1 with
 * periodic collections and Shenandoah's compact mode, which cost more memory or idle CPU.
 */
package run.kro.operator.heap;

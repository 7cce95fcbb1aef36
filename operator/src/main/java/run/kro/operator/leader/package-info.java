/**
 * Leader election on a Lease with fabric8's elector, so that of several controller replicas exactly
 * one reconciles; the others wait and take over when the leader's lease lapses.
 */
package run.kro.operator.leader;

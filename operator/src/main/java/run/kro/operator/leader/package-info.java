/**
 * Leader election on a Lease with fabric8's elector, so that of several controller replicas exactly
 * one reconciles; the others wait and take over when the leader's lease lapses. The one piece
 * written here, {@link run.kro.operator.leader.LeaseRecordLock}, is fabric8's Lease lock minus the
 * read before each renewal (fabric8 offers no lock without it): an idle controller's CPU is mostly
 * its lease renewals.
 */
package run.kro.operator.leader;

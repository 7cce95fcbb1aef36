package run.kro.operator.leader;

import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.extended.leaderelection.resourcelock.LeaderElectionRecord;
import io.fabric8.kubernetes.client.extended.leaderelection.resourcelock.LeaseLock;
import java.util.Objects;

/**
 * fabric8's {@link LeaseLock}, but while this replica holds the Lease a renewal costs one request
 * instead of two: the elector reads the lock before every write, and that read is answered from the
 * Lease the API server returned for this replica's last write. Any other read (standing by, after a
 * failed write) goes to the API server.
 *
 * <p>Safe because every write carries the resource version of the Lease it was based on: if another
 * replica wrote the Lease since (it could only take it over after this replica's lease lapsed), the
 * write fails with a conflict, the remembered Lease is dropped, and the elector's next read sees
 * the new holder and stops leading.
 *
 * <p>fabric8's lock keeps the last Lease it read in a field of its own that a subclass cannot set,
 * so the writes are done here, with the lock's own conversions of records to and from Leases.
 */
final class LeaseRecordLock extends LeaseLock {

  private final String namespace;
  private final String name;

  /** The Lease as the API server last returned it to this lock, read or written. */
  private Lease lease;

  /** Whether {@link #lease} is the response to this lock's own write, naming this replica. */
  private boolean ownWrite;

  LeaseRecordLock(String namespace, String name, String identity) {
    super(namespace, name, identity);
    this.namespace = namespace;
    this.name = name;
  }

  @Override
  public synchronized LeaderElectionRecord get(KubernetesClient client) {
    if (!ownWrite) {
      lease = client.leases().inNamespace(namespace).withName(name).get();
    }
    return lease == null ? null : toRecord(lease);
  }

  @Override
  public synchronized void create(KubernetesClient client, LeaderElectionRecord record) {
    remember(client.resource(toResource(record, getObjectMeta(null))).create(), record);
  }

  @Override
  public synchronized void update(KubernetesClient client, LeaderElectionRecord record) {
    Objects.requireNonNull(lease, "get or create must be called first");
    Lease desired = toResource(record, getObjectMeta(lease.getMetadata().getResourceVersion()));
    ownWrite = false;
    remember(client.resource(desired).patch(PatchContext.of(PatchType.JSON_MERGE)), record);
  }

  /** Trusts the written Lease for the next read only while it names this replica as holder. */
  private void remember(Lease written, LeaderElectionRecord record) {
    lease = written;
    ownWrite = written != null && Objects.equals(record.getHolderIdentity(), identity());
  }
}

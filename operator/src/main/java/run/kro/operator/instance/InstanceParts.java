package run.kro.operator.instance;

import run.kro.operator.kube.OwnWrites;
import run.kro.operator.kube.StatusWriter;
import run.kro.operator.serviceaccounts.ChildClients;

/** The collaborators of {@link InstanceReconciler}, each doing one part of a reconcile. */
record InstanceParts(
    InstanceMetadata metadata,
    GraphWalk walk,
    ChildPruner pruner,
    InstanceDeletion deletion,
    InstanceStatus status,
    StatusWriter statusWriter,
    ExternalWatchers watchers,
    InstanceMetrics metrics,
    ChildClients clients,
    OwnWrites ownWrites) {}

package run.kro.backend.cel.library;

import dev.cel.common.types.OpaqueType;

/** A runtime value of one of Kubernetes' opaque CEL types (quantity, IP, CIDR, semver, URL). */
interface OpaqueCelValue {

  OpaqueType celType();
}

package run.kro.ui.security;

import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReview;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReviewBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import org.springframework.stereotype.Service;
import run.kro.ui.base.ClusterAccess;

/**
 * Asks the cluster what the signed-in user may do (a SelfSubjectAccessReview sent as the user), so
 * that the console can disable what they may not do and say why, before they try.
 */
@Service
public class AccessReview {

  private final ClusterAccess cluster;

  public AccessReview(ClusterAccess cluster) {
    this.cluster = cluster;
  }

  /**
   * Whether the user may {@code verb} {@code resource} (plural) of {@code group} in {@code
   * namespace} ("" = cluster).
   */
  public Decision may(String verb, String group, String resource, String namespace) {
    String where = namespace.isEmpty() ? "" : " in namespace " + namespace;
    try {
      SelfSubjectAccessReview review =
          cluster
              .client()
              .authorization()
              .v1()
              .selfSubjectAccessReview()
              .create(
                  new SelfSubjectAccessReviewBuilder()
                      .withNewSpec()
                      .withNewResourceAttributes()
                      .withVerb(verb)
                      .withGroup(group)
                      .withResource(resource)
                      .withNamespace(namespace.isEmpty() ? null : namespace)
                      .endResourceAttributes()
                      .endSpec()
                      .build());
      boolean allowed =
          review.getStatus() != null && Boolean.TRUE.equals(review.getStatus().getAllowed());
      return allowed
          ? Decision.ALLOWED
          : new Decision(false, "you cannot " + verb + " " + resource + where);
    } catch (KubernetesClientException e) {
      return new Decision(
          false,
          "cannot tell whether you may "
              + verb
              + " "
              + resource
              + where
              + " ("
              + e.getCode()
              + "); the cluster will decide when you try");
    }
  }

  /** The answer, with the reason to show when it is no. */
  public record Decision(boolean allowed, String reason) {

    public static final Decision ALLOWED = new Decision(true, "");
  }
}

package run.kro.backend.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A kind is published once discovery lists it and the OpenAPI index lists its group version; not
 * before.
 */
class KindPublicationTest {

  private static final KindPublication BUCKET =
      new KindPublication("s3.services.k8s.aws/v1alpha1", "Bucket");
  private static final String DISCOVERED =
      """
      {"kind": "APIResourceList", "groupVersion": "s3.services.k8s.aws/v1alpha1",
       "resources": [{"name": "buckets", "kind": "Bucket"}, {"name": "buckets/status", "kind": "Bucket"}]}""";
  private static final String PUBLISHED =
      """
      {"paths": {"api/v1": {}, "apis/s3.services.k8s.aws/v1alpha1": {"serverRelativeURL": "/openapi/v3/apis/s3"}}}""";

  @Test
  void pathsOfTheCoreGroupAndOfNamedGroups() {
    assertThat(BUCKET.discoveryPath()).isEqualTo("/apis/s3.services.k8s.aws/v1alpha1");
    assertThat(BUCKET.openApiPath()).isEqualTo("apis/s3.services.k8s.aws/v1alpha1");
    assertThat(new KindPublication("v1", "Pod").discoveryPath()).isEqualTo("/api/v1");
  }

  @Test
  void publishedWhenBothDocumentsHaveIt() {
    assertThat(BUCKET.publishedIn(DISCOVERED, PUBLISHED)).isTrue();
  }

  @Test
  void notPublishedWhileEitherDocumentLacksIt() {
    assertThat(BUCKET.publishedIn(DISCOVERED, "{\"paths\": {\"api/v1\": {}}}")).isFalse();
    assertThat(BUCKET.publishedIn("{\"resources\": []}", PUBLISHED)).isFalse();
    assertThat(BUCKET.publishedIn(null, PUBLISHED))
        .as("the group version is not served yet (404)")
        .isFalse();
    assertThat(
            new KindPublication("s3.services.k8s.aws/v1alpha1", "Table")
                .publishedIn(DISCOVERED, PUBLISHED))
        .isFalse();
  }
}

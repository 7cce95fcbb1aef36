package run.kro.operator.rg;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import run.kro.backend.api.KroMetadata;
import run.kro.operator.kube.CanonicalJson;
import run.kro.operator.kube.Json;

/**
 * The record of the last accepted spec and its revision that releases before GraphRevisions kept on
 * the generated CRD. Only read now, to give such a cluster its first GraphRevision ({@link
 * GraphRevisions}); {@link #recordedOn} writes the format for tests of that migration.
 */
final class AcceptedSpecs {

  static final String SPEC = KroMetadata.INTERNAL_PREFIX + "accepted-spec";
  static final String REVISION = KroMetadata.INTERNAL_PREFIX + "accepted-revision";

  /** A spec as it was accepted. */
  record Accepted(JsonNode spec, long revision) {

    String hash() {
      return CanonicalJson.hash(spec);
    }
  }

  private AcceptedSpecs() {}

  /** {@code crd} with {@code spec} and {@code revision} recorded in its annotations. */
  static CustomResourceDefinition recordedOn(
      CustomResourceDefinition crd, JsonNode spec, long revision) {
    Map<String, String> annotations =
        new LinkedHashMap<>(
            Optional.ofNullable(crd.getMetadata().getAnnotations()).orElse(Map.of()));
    annotations.put(SPEC, compress(spec.toString()));
    annotations.put(REVISION, Long.toString(revision));
    crd.getMetadata().setAnnotations(annotations);
    return crd;
  }

  static Optional<Accepted> readFrom(CustomResourceDefinition crd) {
    Map<String, String> annotations =
        crd.getMetadata() == null ? null : crd.getMetadata().getAnnotations();
    if (annotations == null
        || !annotations.containsKey(SPEC)
        || !annotations.containsKey(REVISION)) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new Accepted(
              Json.MAPPER.readTree(decompress(annotations.get(SPEC))),
              Long.parseLong(annotations.get(REVISION))));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static String compress(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      gzip.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Base64.getEncoder().encodeToString(bytes.toByteArray());
  }

  private static String decompress(String encoded) throws IOException {
    try (GZIPInputStream gzip =
        new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(encoded)))) {
      return new String(gzip.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

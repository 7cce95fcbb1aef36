package run.kro.operator.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Texts come back as they went in, and a sibling of the first costs a fraction of its text. */
class PackedTextsTest {

  private final PackedTexts texts = new PackedTexts();

  @Test
  void givesBackEveryTextAsItWasPacked() {
    String first = configMap("i0-1", "v");
    StringBuilder random = new StringBuilder();
    new Random(7).ints(200_000, 32, 0x3000).forEach(random::appendCodePoint);
    List<String> samples =
        List.of(first, configMap("i1-2", "ünïcödé ✓"), "", "x", random.toString(), first);

    List<byte[]> packed = samples.stream().map(texts::pack).toList();

    assertThat(packed.stream().map(texts::unpack).toList()).isEqualTo(samples);
  }

  @Test
  void aSiblingOfTheFirstTextPacksToAFractionOfItsSize() {
    texts.pack(configMap("i0-1", "v"));
    String sibling = configMap("i417-3", "w");

    assertThat(texts.pack(sibling).length).isLessThan(sibling.length() / 4);
  }

  @Test
  void packsAndUnpacksFromManyThreadsAtOnce() throws Exception {
    texts.pack(configMap("i0-1", "v"));
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results =
          IntStream.range(0, 400)
              .mapToObj(
                  i ->
                      threads.submit(
                          () -> {
                            String text = configMap("i" + i, "value " + i);
                            return texts.unpack(texts.pack(text)).equals(text);
                          }))
              .toList();
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void aDamagedTextIsRefusedNotMisread() {
    byte[] packed = texts.pack(configMap("i0-1", "v"));
    byte[] truncated = java.util.Arrays.copyOf(packed, packed.length / 2);

    assertThatThrownBy(() -> texts.unpack(truncated))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("packed text");
  }

  private static String configMap(String name, String value) {
    return """
        {"apiVersion":"v1","kind":"ConfigMap","metadata":{"annotations":{"internal.kro.run/apply-order":"1"},\
        "labels":{"app.kubernetes.io/managed-by":"kro","kro.run/instance-id":"%s","kro.run/instance-kind":"Flat",\
        "kro.run/instance-name":"%s","kro.run/owned":"true"},"managedFields":[{"apiVersion":"v1",\
        "fieldsType":"FieldsV1","fieldsV1":{"f:data":{"f:v":{}}},"manager":"kro.run/applyset",\
        "operation":"Apply"}],"name":"%s","namespace":"team-a","resourceVersion":"%d"},"data":{"v":"%s"}}"""
        .formatted(
            java.util.UUID.nameUUIDFromBytes(name.getBytes()), name, name, name.hashCode(), value);
  }
}

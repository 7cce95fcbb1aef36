package run.kro.operator.kube;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Texts kept deflated against a dictionary: the first text packed. A watch cache holds objects of
 * one kind, which share most of their text (keys, kro's labels, the field manager's entry), so
 * against a sibling a child's 1.3 KiB of JSON packs to about 200 bytes; without a dictionary, to
 * about 600. The JDK's zlib, with compressors and decompressors reused from small pools: each holds
 * up to 300 KiB of native memory, and the threads that write a cache come and go.
 */
final class PackedTexts {

  /** Compressors and decompressors kept for reuse; more are made while more are in use. */
  private static final int POOLED = 4;

  private final AtomicReference<byte[]> dictionary = new AtomicReference<>();
  private final Queue<Deflater> deflaters = new ConcurrentLinkedQueue<>();
  private final Queue<Inflater> inflaters = new ConcurrentLinkedQueue<>();

  /** The text deflated, after its length in UTF-8 bytes. */
  byte[] pack(String text) {
    byte[] raw = text.getBytes(StandardCharsets.UTF_8);
    dictionary.compareAndSet(null, raw);
    Deflater deflater = deflaters.poll();
    if (deflater == null) {
      deflater = new Deflater(Deflater.BEST_SPEED, true);
    }
    try {
      deflater.setDictionary(dictionary.get());
      deflater.setInput(raw);
      deflater.finish();
      // Deflate grows incompressible input by a few bytes per 16 KiB block at most.
      byte[] out = new byte[Integer.BYTES + raw.length + raw.length / 1000 + 64];
      ByteBuffer.wrap(out).putInt(raw.length);
      int length = Integer.BYTES;
      while (!deflater.finished()) {
        if (length == out.length) {
          out = Arrays.copyOf(out, out.length * 2);
        }
        length += deflater.deflate(out, length, out.length - length);
      }
      return Arrays.copyOf(out, length);
    } finally {
      deflater.reset();
      release(deflater, deflaters, Deflater::end);
    }
  }

  String unpack(byte[] packed) {
    Inflater inflater = inflaters.poll();
    if (inflater == null) {
      inflater = new Inflater(true);
    }
    try {
      inflater.setDictionary(dictionary.get());
      inflater.setInput(packed, Integer.BYTES, packed.length - Integer.BYTES);
      byte[] raw = new byte[ByteBuffer.wrap(packed).getInt()];
      int length = 0;
      while (length < raw.length) {
        int inflated = inflater.inflate(raw, length, raw.length - length);
        if (inflated == 0 && (inflater.finished() || inflater.needsInput())) {
          break;
        }
        length += inflated;
      }
      if (length != raw.length) {
        throw new IllegalStateException(
            "a packed text ended after " + length + " of its " + raw.length + " bytes");
      }
      return new String(raw, StandardCharsets.UTF_8);
    } catch (DataFormatException e) {
      throw new IllegalStateException("a packed text is corrupt: " + e.getMessage(), e);
    } finally {
      inflater.reset();
      release(inflater, inflaters, Inflater::end);
    }
  }

  /** Back to its pool, or its native memory freed when the pool is full. */
  private static <T> void release(T coder, Queue<T> pool, Consumer<T> end) {
    if (pool.size() < POOLED) {
      pool.offer(coder);
    } else {
      end.accept(coder);
    }
  }
}

package run.kro.backend.cel.library;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.cel.checker.CelCheckerBuilder;
import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.types.SimpleType;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelRuntimeBuilder;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * Deterministic "random" values from a seed, bug-compatible with upstream kro.
 *
 * <p>{@code random.seededString(int length, string seed)}: character i is {@code
 * ALPHABET[bigEndianUint32(sha256(seed)[4i mod 32 ..][:4]) mod 36]}. Upstream's rehash branch can
 * never run, so the output repeats every 8 characters; we keep that so the same seed gives the same
 * string as in Go.
 *
 * <p>{@code random.seededInt(int min, int max, string seed)}: {@code min +
 * bigEndianUint64(sha256(seed)[0:8]) mod (max - min)}, with Go's wrap-around int64 arithmetic.
 */
public final class RandomLibrary implements KroLibrary {

  static final String ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";
  private static final int WORDS_PER_HASH = 8;

  @Override
  public void setCheckerOptions(CelCheckerBuilder checker) {
    checker.addFunctionDeclarations(
        CelFunctionDecl.newFunctionDeclaration(
            "random.seededString",
            CelOverloadDecl.newGlobalOverload(
                "random.seededString_int_string",
                SimpleType.STRING,
                SimpleType.INT,
                SimpleType.STRING)),
        CelFunctionDecl.newFunctionDeclaration(
            "random.seededInt",
            CelOverloadDecl.newGlobalOverload(
                "random.seededInt_int_int_string",
                SimpleType.INT,
                SimpleType.INT,
                SimpleType.INT,
                SimpleType.STRING)));
  }

  @Override
  public void setRuntimeOptions(CelRuntimeBuilder runtime) {
    runtime.addFunctionBindings(
        CelFunctionBinding.from(
            "random.seededString_int_string",
            Long.class,
            String.class,
            RandomLibrary::seededString),
        CelFunctionBinding.from(
            "random.seededInt_int_int_string",
            List.of(Long.class, Long.class, String.class),
            args -> seededInt((Long) args[0], (Long) args[1], (String) args[2])));
  }

  static String seededString(long length, String seed) throws CelEvaluationException {
    if (length <= 0) {
      throw new CelEvaluationException("random.seededString length must be positive");
    }
    if (length > Integer.MAX_VALUE) {
      throw new CelEvaluationException("random.seededString length " + length + " is too large");
    }
    ByteBuffer hash = ByteBuffer.wrap(sha256(seed));
    StringBuilder out = new StringBuilder((int) length);
    for (int i = 0; i < length; i++) {
      long word = Integer.toUnsignedLong(hash.getInt((i % WORDS_PER_HASH) * Integer.BYTES));
      out.append(ALPHABET.charAt((int) (word % ALPHABET.length())));
    }
    return out.toString();
  }

  static long seededInt(long min, long max, String seed) throws CelEvaluationException {
    if (min >= max) {
      throw new CelEvaluationException("random.seededInt min must be less than max");
    }
    long value = ByteBuffer.wrap(sha256(seed)).getLong(0);
    long range = max - min; // may wrap; as unsigned it is still the true width of [min, max)
    return min + Long.remainderUnsigned(value, range);
  }

  private static byte[] sha256(String seed) {
    return HashLibrary.messageDigest("SHA-256").digest(seed.getBytes(UTF_8));
  }
}

package run.kro.backend.cel.library;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.cel.checker.CelCheckerBuilder;
import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.types.SimpleType;
import dev.cel.common.values.CelByteString;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelRuntimeBuilder;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * {@code hash.fnv64a(string)}, {@code hash.sha256(string)} and {@code hash.md5(string)}: the digest
 * of the string's UTF-8 bytes, as {@code bytes} (8, 32 and 16 of them). FNV-1a is written out here;
 * the JDK has no FNV.
 */
public final class HashLibrary implements KroLibrary {

  private static final long FNV64_OFFSET_BASIS = 0xcbf29ce484222325L;
  private static final long FNV64_PRIME = 0x100000001b3L;

  @Override
  public void setCheckerOptions(CelCheckerBuilder checker) {
    checker.addFunctionDeclarations(
        declare("hash.fnv64a", "hash.fnv64a_string"),
        declare("hash.sha256", "hash.sha256_string"),
        declare("hash.md5", "hash.md5_string"));
  }

  @Override
  public void setRuntimeOptions(CelRuntimeBuilder runtime) {
    runtime.addFunctionBindings(
        CelFunctionBinding.from(
            "hash.fnv64a_string", String.class, text -> CelByteString.of(fnv64a(text))),
        CelFunctionBinding.from(
            "hash.sha256_string", String.class, text -> digest("SHA-256", text)),
        CelFunctionBinding.from("hash.md5_string", String.class, text -> digest("MD5", text)));
  }

  private static CelFunctionDecl declare(String function, String overloadId) {
    return CelFunctionDecl.newFunctionDeclaration(
        function,
        CelOverloadDecl.newGlobalOverload(overloadId, SimpleType.BYTES, SimpleType.STRING));
  }

  static byte[] fnv64a(String text) {
    long hash = FNV64_OFFSET_BASIS;
    for (byte b : text.getBytes(UTF_8)) {
      hash ^= b & 0xFF;
      hash *= FNV64_PRIME;
    }
    return ByteBuffer.allocate(Long.BYTES).putLong(hash).array();
  }

  private static CelByteString digest(String algorithm, String text) {
    return CelByteString.of(messageDigest(algorithm).digest(text.getBytes(UTF_8)));
  }

  static MessageDigest messageDigest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has " + algorithm, e);
    }
  }
}

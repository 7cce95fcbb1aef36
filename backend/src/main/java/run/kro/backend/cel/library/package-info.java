/**
 * kro's own CEL functions (hash, json, random, maps, lists), each a cel-java compiler and runtime library that
 * declares its overloads once and binds them to Java code. Values follow cel-java's runtime conventions: {@code Long},
 * {@code Double}, {@code String}, {@code CelByteString}, {@code java.util.Map} and {@code java.util.List}.
 */
package run.kro.backend.cel.library;

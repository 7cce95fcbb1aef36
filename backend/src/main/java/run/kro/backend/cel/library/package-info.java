/**
 * The CEL functions of upstream kro's environment that cel-java lacks, each a cel-java compiler and
 * runtime library that declares its overloads once and binds them to Java code: kro's own (hash,
 * json, random, maps, lists), cel-go's {@code format} and {@code sortBy}, and Kubernetes' (lists,
 * URLs, regex, quantity, IP, CIDR, semver). Values follow cel-java's runtime conventions ({@code
 * Long}, {@code Double}, {@code String}, {@code CelByteString}, {@code java.util.Map}, {@code
 * java.util.List}); Kubernetes' opaque types are {@link
 * run.kro.backend.cel.library.OpaqueCelValue}s.
 *
 * <p>Kubernetes' semantics come from Go libraries, so some of Go is ported here rather than taken
 * from a Java library that does almost the same: {@code netip} address and prefix parsing (Guava's
 * {@code InetAddresses} accepts other strings and gives no reasons), {@code net/url} (java.net.URI
 * parses another language), apimachinery's quantity (fabric8's {@code Quantity} parses suffixes
 * through doubles and accepts other strings), blang/semver's parser, Go's float formatting and
 * {@code math.Pow10}. Where a Java library matches, it is used: re2j (Go's regexp, ported by its
 * authors) for {@code find}, Guava for IPv6 text. One known difference: strings are Java strings,
 * so a percent-escape or a bytes value that is not UTF-8 prints with U+FFFD where Go keeps the raw
 * byte.
 */
package run.kro.backend.cel.library;

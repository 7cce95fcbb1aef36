package run.kro.operator.queue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeSet;

/**
 * Keys waiting for a moment on the ticker, at most once each: scheduling a key again keeps the
 * earlier moment. Keys due at the same moment come out in the order they were scheduled. Not
 * thread-safe: the work queue guards it.
 */
final class DelayedKeys<K> {

  private record Entry<K>(K key, long readyAt, long sequence) {}

  private final Map<K, Entry<K>> byKey = new HashMap<>();
  private final TreeSet<Entry<K>> byTime =
      new TreeSet<>(
          Comparator.<Entry<K>>comparingLong(Entry::readyAt).thenComparingLong(Entry::sequence));
  private long sequence;

  void schedule(K key, long readyAt) {
    Entry<K> existing = byKey.get(key);
    if (existing != null) {
      if (existing.readyAt() <= readyAt) {
        return;
      }
      byTime.remove(existing);
    }
    Entry<K> entry = new Entry<>(key, readyAt, sequence++);
    byKey.put(key, entry);
    byTime.add(entry);
  }

  /** Removes and returns the keys due at {@code now}, earliest first. */
  List<K> takeDue(long now) {
    List<K> due = new ArrayList<>();
    while (!byTime.isEmpty() && byTime.first().readyAt() <= now) {
      Entry<K> entry = byTime.pollFirst();
      byKey.remove(entry.key());
      due.add(entry.key());
    }
    return due;
  }

  OptionalLong nextReadyAt() {
    return byTime.isEmpty() ? OptionalLong.empty() : OptionalLong.of(byTime.first().readyAt());
  }

  int size() {
    return byKey.size();
  }
}

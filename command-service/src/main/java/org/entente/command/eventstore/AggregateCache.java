package org.entente.command.eventstore;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Axon's aggregate cache on Caffeine, bounded by entry count: a command on a partnership kept here is decided
 * without reading its events again, so its cost does not grow with its history.
 *
 * <p>It holds committed states only. Axon puts an aggregate in when its unit of work prepares to commit, but that
 * unit may be part of a longer transaction (the idempotency filter's) that can still roll back after Axon let go
 * of the aggregate's lock; a command reading that state from here would then decide on events never stored, and
 * append a sequence with a hole, chained onto the wrong hash. So a state put in during a transaction takes the
 * partnership's entry out at once, and goes in only once that transaction committed, unless another transaction
 * put a newer state in the meantime: until then commands load the partnership from the event store, as without a
 * cache, and the store's unique sequence refuses the one that lost a race.
 */
final class AggregateCache implements Cache {

    private final com.github.benmanes.caffeine.cache.Cache<Object, Object> caffeine;
    private final ConcurrentMap<Object, Object> entries;
    private final List<EntryListener> listeners = new CopyOnWriteArrayList<>();
    /** The latest put of each key still waiting for its transaction's commit. */
    private final ConcurrentMap<Object, Long> pending = new ConcurrentHashMap<>();
    private final AtomicLong tickets = new AtomicLong();

    AggregateCache(long maximumSize) {
        this.caffeine = Caffeine.newBuilder().maximumSize(maximumSize)
                .removalListener((Object key, Object value, RemovalCause cause) -> {
                    if (cause.wasEvicted()) {
                        listeners.forEach(listener -> listener.onEntryExpired(key));
                    }
                }).build();
        this.entries = caffeine.asMap();
    }

    /** How many partnerships it holds, once pending evictions are done. */
    long size() {
        caffeine.cleanUp();
        return caffeine.estimatedSize();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        V value = (V) entries.get(key);
        if (value != null) {
            listeners.forEach(listener -> listener.onEntryRead(key, value));
        }
        return value;
    }

    @Override
    public void put(Object key, Object value) {
        Objects.requireNonNull(value);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            store(key, value);
            return;
        }
        long ticket = tickets.incrementAndGet();
        pending.put(key, ticket);
        remove(key);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (pending.remove(key, ticket) && status == STATUS_COMMITTED) {
                    store(key, value);
                }
            }
        });
    }

    private void store(Object key, Object value) {
        Object previous = entries.put(key, value);
        listeners.forEach(listener -> {
            if (previous == null) {
                listener.onEntryCreated(key, value);
            } else {
                listener.onEntryUpdated(key, value);
            }
        });
    }

    /** Not used by Axon's repository; outside the transactional rule of {@link #put}, so refused during one. */
    @Override
    public boolean putIfAbsent(Object key, Object value) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new UnsupportedOperationException("putIfAbsent inside a transaction: use put");
        }
        boolean absent = entries.putIfAbsent(key, Objects.requireNonNull(value)) == null;
        if (absent) {
            listeners.forEach(listener -> listener.onEntryCreated(key, value));
        }
        return absent;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        return (T) entries.computeIfAbsent(key, absent -> valueSupplier.get());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        entries.computeIfPresent(key, (present, value) -> update.apply((V) value));
    }

    @Override
    public boolean remove(Object key) {
        boolean removed = entries.remove(key) != null;
        if (removed) {
            listeners.forEach(listener -> listener.onEntryRemoved(key));
        }
        return removed;
    }

    @Override
    public void removeAll() {
        entries.keySet().forEach(this::remove);
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}

// Reads the topic with the service's own consumer group and folds each record into the store, batch by batch.
// The store saves its positions with its model; the group's offsets, committed after each save, only tell the
// broker's tools how far the service is: on joining, each partition is sought to the store's position.
import { decode } from './decode.js';
import { apply } from './fold.js';

export async function consume({ kafka, topic, group, store, contract, log, until }) {
  const consumer = kafka.consumer({ groupId: group });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    // The store, not the group, says where to resume: a partition assigned to us starts after what it saved.
    consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => {
      for (const partition of payload.memberAssignment[topic] ?? []) {
        consumer.seek({ topic, partition, offset: store.offsets[partition] ?? '0' });
      }
    });
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      eachBatch: async ({ batch, resolveOffset, heartbeat }) => {
        for (const message of batch.messages) {
          if (store.isNew(batch.partition, message.offset)) {
            record(store, decode(message, contract), contract, log, `${topic}/${batch.partition}@${message.offset}`);
            store.passed(batch.partition, message.offset);
          }
          resolveOffset(message.offset);
        }
        store.save();
        await consumer.commitOffsets([{ topic, partition: batch.partition, offset: store.offsets[batch.partition] ?? '0' }]);
        await heartbeat();
      },
    });
    await until();
  } finally {
    await consumer.disconnect();
  }
}

function record(store, decoded, contract, log, where) {
  const outcome = decoded.refused ?? apply(store.model, decoded.event, contract.lifecycle);
  if (outcome === 'applied') {
    store.counts.applied += 1;
  } else if (outcome === 'duplicate') {
    store.counts.duplicates += 1;
  } else {
    store.counts.refused[outcome.reason] = (store.counts.refused[outcome.reason] ?? 0) + 1;
    log(`refused ${where}: ${outcome.reason}: ${outcome.detail}`);
  }
}

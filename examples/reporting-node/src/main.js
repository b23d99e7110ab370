#!/usr/bin/env node
// A reporting service for Entente, in Node.js: reads the partnership topic with its own consumer group, validates
// every record against the published schemas, folds statuses with the published lifecycle into its own store,
// and prints partnerships by status, by type and by territory. README.md is the guide to subscribing.
import { parseArgs } from 'node:util';
import kafkajs from 'kafkajs';
import { loadContract, schemasDirectory } from './contract.js';
import { consume } from './consume.js';
import { summary } from './fold.js';
import { openStore } from './store.js';

const { Kafka, logLevel } = kafkajs;

const { values: options } = parseArgs({
  options: {
    brokers: { type: 'string', default: process.env.ENTENTE_KAFKA ?? 'localhost:9092' },
    topic: { type: 'string', default: 'partnership-events' },
    group: { type: 'string', default: 'entente-reporting-node' },
    store: { type: 'string', default: 'reporting-store.json' },
    schemas: { type: 'string', default: schemasDirectory() },
    'until-caught-up': { type: 'boolean', default: false },
    timeout: { type: 'string', default: '300' },
    json: { type: 'boolean', default: false },
  },
});

const log = (line) => process.stderr.write(`${line}\n`);
const contract = loadContract(options.schemas);
const store = openStore(options.store);
const kafka = new Kafka({ clientId: options.group, brokers: options.brokers.split(','), logLevel: logLevel.WARN,
  logCreator: () => ({ level, log: entry }) => log(`kafka ${level}: ${entry.message}`) });

try {
  await consume({ kafka, topic: options.topic, group: options.group, store, contract, log,
    until: options['until-caught-up'] ? caughtUp : stopped });
} catch (error) {
  log(`stopped: ${error.message}`);
  process.exitCode = 1;
}
report();
// The client's timers would keep a finished run alive; what it printed is written (files and pipes synchronously).
process.exit(process.exitCode ?? 0);

/** Resolves once the store has passed every partition's end as it was when the wait began; fails at the deadline. */
async function caughtUp() {
  const admin = kafka.admin();
  await admin.connect();
  const ends = await admin.fetchTopicOffsets(options.topic).finally(() => admin.disconnect());
  const deadline = Date.now() + Number(options.timeout) * 1000;
  const behind = () => ends.filter(({ partition, high }) => BigInt(store.offsets[partition] ?? '0') < BigInt(high));
  while (behind().length > 0) {
    if (Date.now() > deadline) {
      throw new Error(`not caught up after ${options.timeout} s: behind on partitions `
        + behind().map(({ partition, high }) => `${partition} (at ${store.offsets[partition] ?? 0} of ${high})`));
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function stopped() {
  return new Promise((resolve) => ['SIGINT', 'SIGTERM'].forEach((signal) => process.once(signal, resolve)));
}

function report() {
  const figures = { ...summary(store.model), events: store.counts };
  if (options.json) {
    process.stdout.write(`${JSON.stringify(figures)}\n`);
    return;
  }
  process.stdout.write(`${figures.partnerships} partnerships; ${store.counts.applied} events applied, `
    + `${store.counts.duplicates} duplicates skipped, refused: ${JSON.stringify(store.counts.refused)}\n`);
  for (const [title, counts] of [['status', figures.byStatus], ['type', figures.byType],
    ['territory', figures.byTerritory]]) {
    process.stdout.write(`\nby ${title}\n`);
    counts.forEach(({ key, partnerships }) => process.stdout.write(`  ${String(partnerships).padStart(5)}  ${key}\n`));
  }
}

// The service's own store: its read model and, in the same file, the position reached in each partition, so
// that both are saved together. After a restart it resumes from there: a record before a saved position was
// counted already and is skipped, whatever the broker redelivers.
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';

export function openStore(file) {
  const saved = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  return {
    model: { partnerships: saved.partnerships ?? {} },
    offsets: saved.offsets ?? {},
    counts: { applied: 0, duplicates: 0, refused: {}, ...saved.counts },

    /** Whether the record at {@code offset} of {@code partition} comes after what is saved. */
    isNew(partition, offset) {
      return BigInt(offset) >= BigInt(this.offsets[partition] ?? '0');
    },

    passed(partition, offset) {
      this.offsets[partition] = (BigInt(offset) + 1n).toString();
    },

    /** Writes the whole store to a new file, then renames it over the old one: a crash leaves one or the other. */
    save() {
      const temporary = `${file}.${process.pid}.tmp`;
      const descriptor = openSync(temporary, 'w', 0o600);
      try {
        writeSync(descriptor, JSON.stringify({ partnerships: this.model.partnerships, offsets: this.offsets,
          counts: this.counts }));
        fsyncSync(descriptor);
      } finally {
        closeSync(descriptor);
      }
      renameSync(temporary, file);
    },
  };
}

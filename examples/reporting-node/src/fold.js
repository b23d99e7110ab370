// The reporting service's own read model, folded from the events with the published lifecycle table: for each
// partnership its status, type, territory and the sequence of the last event applied. Pure: no I/O.

/** Applies one decoded event; returns 'applied', 'duplicate', or a refusal { reason, detail }. */
export function apply(model, event, lifecycle) {
  const known = model.partnerships[event.subject];
  if (known === undefined) {
    if (event.type !== lifecycle.start.type || event.sequence !== 0) {
      return { reason: 'out-of-order', detail: `${event.type} #${event.sequence} of ${event.subject} before its start` };
    }
    model.partnerships[event.subject] = {
      status: lifecycle.start.status,
      type: event.data.type,
      territory: event.data.territory.name,
      sequence: 0,
    };
    return 'applied';
  }
  // At-least-once delivery: an event seen before comes again with the same sequence.
  if (event.sequence <= known.sequence) {
    return 'duplicate';
  }
  if (event.sequence !== known.sequence + 1) {
    return { reason: 'out-of-order', detail: `${event.subject} jumps from #${known.sequence} to #${event.sequence}` };
  }
  const next = lifecycle.transitions[event.type]?.[known.status];
  if (next === undefined) {
    return { reason: 'impossible-transition', detail: `${event.type} cannot happen while ${known.status}` };
  }
  known.status = next;
  known.sequence = event.sequence;
  return 'applied';
}

/** Partnerships by status, by type and by territory, each sorted by key, as query-service's report counts them. */
export function summary(model) {
  const all = Object.values(model.partnerships);
  return {
    partnerships: all.length,
    byStatus: countBy(all, (p) => p.status),
    byType: countBy(all, (p) => p.type),
    byTerritory: countBy(all, (p) => p.territory),
  };
}

function countBy(partnerships, key) {
  const counts = new Map();
  for (const partnership of partnerships) {
    counts.set(key(partnership), (counts.get(key(partnership)) ?? 0) + 1);
  }
  return [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, partnerships]) => ({ key, partnerships }));
}

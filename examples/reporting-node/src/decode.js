// A Kafka record as the partnership event it carries, or the reason it is refused. Nothing here throws: a bad
// record is counted and logged by the caller, which goes on with the next one.
import cloudevents from 'cloudevents';

const { Kafka } = cloudevents;

// The headers docs/asyncapi.yaml requires of every record (its cloudEvent trait). The SDK supplies a missing
// specversion or time itself; a subscriber that trusts the contract checks they are there.
const REQUIRED = ['ce_specversion', 'ce_id', 'ce_source', 'ce_type', 'ce_subject', 'ce_time', 'ce_dataschema',
  'ce_sequence'];

export function decode(message, contract) {
  const headers = {};
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    headers[name] = Buffer.isBuffer(value) ? value.toString('utf8') : String(value);
  }
  const missing = REQUIRED.filter((name) => headers[name] === undefined);
  if (missing.length > 0) {
    return refused('not-a-cloudevent', `missing header${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
  }
  let event;
  try {
    event = Kafka.toEvent({
      headers,
      key: message.key?.toString('utf8'),
      value: message.value?.toString('utf8'),
      body: message.value?.toString('utf8'),
      timestamp: message.timestamp,
    });
  } catch (error) {
    return refused('not-a-cloudevent', error.message);
  }
  const schemaId = contract.schemaIdOf(event.type);
  const validate = schemaId && contract.validatorOf(schemaId);
  if (!validate) {
    return refused('unknown-type', `type ${event.type} is not in this version of the contract`);
  }
  if (event.dataschema !== schemaId) {
    return refused('wrong-dataschema', `${event.type} names data schema ${event.dataschema}, not ${schemaId}`);
  }
  let data;
  try {
    // The raw JSON, not the SDK's parse: amounts stay plain numbers for the schema's "number".
    data = JSON.parse(message.value.toString('utf8'));
  } catch (error) {
    return refused('invalid-data', `data is not JSON: ${error.message}`);
  }
  if (!validate(data)) {
    return refused('invalid-data', contract.errorsOf(validate));
  }
  const sequence = Number(event.sequence);
  if (!Number.isSafeInteger(sequence) || sequence < 0 || data.partnershipId !== event.subject) {
    return refused('invalid-data', `sequence ${event.sequence} or subject ${event.subject} does not fit the data`);
  }
  return { event: { id: event.id, type: event.type, subject: event.subject, sequence, time: event.time, data } };
}

function refused(reason, detail) {
  return { refused: { reason, detail } };
}

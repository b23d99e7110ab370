// Records as they come off the topic, built by hand: the example accepts Entente's and refuses the rest with a
// reason, without throwing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadContract, schemasDirectory } from '../src/contract.js';
import { decode } from '../src/decode.js';

const contract = loadContract(schemasDirectory());
const ID = '5b0e4a8e-8f61-4c1a-9d3e-2f7d2b1c0a11';

export function record(type, data, sequence = 0, extra = {}) {
  const name = type.split('.')[3];
  const headers = {
    ce_specversion: '1.0', ce_id: `event-${type}-${sequence}`, ce_source: '/entente/command-service',
    ce_type: type, ce_subject: ID, ce_time: '2026-03-02T09:30:00Z', 'content-type': 'application/json',
    ce_dataschema: `urn:entente:schema:${name}:v1`, ce_sequence: String(sequence), ...extra,
  };
  return {
    key: Buffer.from(ID),
    value: Buffer.from(JSON.stringify(data)),
    headers: Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, Buffer.from(v)])),
    timestamp: '1772443800000',
  };
}

export const invited = { partnershipId: ID, institution: { id: 'caf-57', name: 'CAF de la Moselle',
  kind: 'SOCIAL_SECURITY_FUND' }, role: 'FUNDER', invitedAt: '2026-03-02T09:30:00Z' };

test('a record of the contract is decoded, its data validated against its schema', () => {
  const { event, refused } = decode(record('org.entente.partnership.PartnerInvited.v1', invited, 1), contract);

  assert.equal(refused, undefined);
  assert.equal(event.sequence, 1);
  assert.equal(event.subject, ID);
  assert.deepEqual(event.data.institution.id, 'caf-57');
});

test('a record that is not a CloudEvent is refused', () => {
  const missing = record('org.entente.partnership.PartnerInvited.v1', invited, 1, { ce_specversion: undefined });

  assert.equal(decode(missing, contract).refused.reason, 'not-a-cloudevent');
  assert.equal(decode({ key: null, value: Buffer.from('hello'), headers: {} }, contract).refused.reason,
    'not-a-cloudevent');
});

test('a type the contract does not know is refused', () => {
  const unknown = record('org.entente.partnership.PartnerInvited.v9', invited, 1);

  assert.equal(decode(unknown, contract).refused.reason, 'unknown-type');
});

test('data invalid against its schema is refused, saying where', () => {
  const { refused } = decode(record('org.entente.partnership.PartnerInvited.v1', { ...invited, role: 'KING' }, 1),
    contract);

  assert.equal(refused.reason, 'invalid-data');
  assert.match(refused.detail, /role/);
  assert.equal(decode(record('org.entente.partnership.PartnerInvited.v1', { ...invited, budget: 1 }, 1), contract)
    .refused.reason, 'invalid-data');
});

// The fold with the published lifecycle table: statuses from data, duplicates skipped, impossible steps refused.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { schemasDirectory } from '../src/contract.js';
import { apply, summary } from '../src/fold.js';

const lifecycle = JSON.parse(readFileSync(join(schemasDirectory(), 'lifecycle.json'), 'utf8'));
const type = (name) => `org.entente.partnership.${name}.v1`;
const proposed = (subject, territory = 'Metz') => ({ subject, sequence: 0, type: type('PartnershipProposed'),
  data: { type: 'PROJECT', territory: { name: territory } } });
const next = (subject, sequence, name) => ({ subject, sequence, type: type(name), data: {} });

test('statuses follow the published table, from the proposal to the dissolution', () => {
  const model = { partnerships: {} };
  const steps = ['PartnerInvited', 'InvitationAccepted', 'TermsRejected', 'TermsApproved', 'TermsApproved',
    'AgreementReached', 'AgreementSigned', 'AgreementSigned', 'PartnershipActivated', 'AmendmentOpened'];

  assert.equal(apply(model, proposed('a'), lifecycle), 'applied');
  steps.forEach((name, index) => assert.equal(apply(model, next('a', index + 1, name), lifecycle), 'applied'));
  assert.equal(model.partnerships.a.status, 'AMENDING');
  assert.equal(apply(model, next('a', 11, 'PartnershipDissolved'), lifecycle), 'applied');
  assert.equal(model.partnerships.a.status, 'DISSOLVED');
});

test('an event delivered again is a duplicate, counted once', () => {
  const model = { partnerships: {} };
  apply(model, proposed('a'), lifecycle);

  assert.equal(apply(model, proposed('a'), lifecycle), 'duplicate');
  assert.equal(summary(model).partnerships, 1);
});

test('a gap, an event before the proposal, or a step the table does not allow is refused', () => {
  const model = { partnerships: {} };
  apply(model, proposed('a'), lifecycle);

  assert.equal(apply(model, next('a', 3, 'TermsApproved'), lifecycle).reason, 'out-of-order');
  assert.equal(apply(model, next('b', 0, 'TermsApproved'), lifecycle).reason, 'out-of-order');
  assert.equal(apply(model, next('a', 1, 'PartnershipDissolved'), lifecycle).reason, 'impossible-transition');
  assert.equal(model.partnerships.a.status, 'PROPOSED');
});

test('the summary counts partnerships by status, type and territory, sorted by key', () => {
  const model = { partnerships: {} };
  apply(model, proposed('a', 'Thionville'), lifecycle);
  apply(model, proposed('b', 'Metz'), lifecycle);
  apply(model, next('b', 1, 'TermsRejected'), lifecycle);

  assert.deepEqual(summary(model), {
    partnerships: 2,
    byStatus: [{ key: 'NEGOTIATING', partnerships: 1 }, { key: 'PROPOSED', partnerships: 1 }],
    byType: [{ key: 'PROJECT', partnerships: 2 }],
    byTerritory: [{ key: 'Metz', partnerships: 1 }, { key: 'Thionville', partnerships: 1 }],
  });
});

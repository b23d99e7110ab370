// The published contract, read from its files as any subscriber would: the JSON Schema of each event revision
// and the lifecycle table (lifecycle.json), both in shared-events/src/main/resources/schemas/.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** Where the contract's files are: ENTENTE_SCHEMAS, or their place in Entente's repository beside this example. */
export function schemasDirectory() {
  return process.env.ENTENTE_SCHEMAS ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..',
    'shared-events', 'src', 'main', 'resources', 'schemas');
}

const TYPE = /^org\.entente\.partnership\.([A-Za-z]+)\.v([0-9]+)$/;

export function loadContract(directory) {
  const ajv = new Ajv2020({ allErrors: true });
  addFormats(ajv);
  const schemas = new Map();
  for (const file of readdirSync(directory).filter((name) => name.endsWith('.schema.json'))) {
    const schema = JSON.parse(readFileSync(join(directory, file), 'utf8'));
    schemas.set(schema.$id, ajv.compile(schema));
  }
  const lifecycle = JSON.parse(readFileSync(join(directory, 'lifecycle.json'), 'utf8'));
  return {
    lifecycle,
    // The schema of a CloudEvents type: org.entente.partnership.<Event>.v<n> is urn:entente:schema:<Event>:v<n>.
    schemaIdOf(type) {
      const match = TYPE.exec(type ?? '');
      return match ? `urn:entente:schema:${match[1]}:v${match[2]}` : null;
    },
    validatorOf(schemaId) {
      return schemas.get(schemaId) ?? null;
    },
    errorsOf(validate) {
      return ajv.errorsText(validate.errors, { dataVar: 'data' });
    },
  };
}

// Regenerates packages/core/schema/*.json from the zod models.
import { writeFileSync } from 'node:fs';
import { jsonSchemas } from '../src/model/json-schemas.ts';

for (const [name, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(new URL(`../schema/${name}`, import.meta.url), JSON.stringify(schema, null, 2) + '\n');
  console.log(`schema/${name}`);
}

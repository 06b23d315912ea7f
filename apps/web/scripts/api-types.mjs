// Turns the API's OpenAPI document (JSON on stdin) into the web app's types (TypeScript on stdout) with
// openapi-typescript. test/web-api-types.e2e-spec.ts feeds it the document the running API serves; run as a child
// process because Jest would compile openapi-typescript's ES-module dependencies first, which takes minutes.
import openapiTS, { astToString } from 'openapi-typescript';

const HEADER =
  "// Generated from the API's OpenAPI document by `npm run web:api-types` (test/web-api-types.e2e-spec.ts). Do not edit.\n\n";

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const document = JSON.parse(Buffer.concat(chunks).toString('utf8'));
process.stdout.write(HEADER + astToString(await openapiTS(document, { alphabetize: true })));

import { GraphQLSchema, printSchema } from 'graphql';

/** The committed schema, at the repository root: front ends generate their types from it. */
export const SCHEMA_FILE = 'schema.graphql';

/** The schema file's text for a schema: a header, then the SDL (the schema is built sorted, so the text is stable). */
export function schemaFileText(schema: GraphQLSchema): string {
  return `# Generated from the code-first resolvers by \`npm run graphql:schema\`; do not edit. CI runs \`npm run graphql:check\`.\n\n${printSchema(schema)}\n`;
}

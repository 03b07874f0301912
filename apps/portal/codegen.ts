import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations from the API's emitted schema; output in src/graphql/gql is generated, never edited.
const config: CodegenConfig = {
  schema: '../graphql/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/graphql/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    './src/graphql/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { documentMode: 'string', useTypeImports: true, enumsAsTypes: true, scalars: { ID: 'string' } },
    },
    // The analyst console gets its schema from here: the API's depth limit refuses GraphiQL's introspection query.
    './src/graphql/gql/introspection.json': { plugins: ['introspection'], config: { minify: true, descriptions: true } },
  },
};

export default config;

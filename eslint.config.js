import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The reader and the coder run per sentence: the values they make keep one hidden class and arrays
// one elements kind, so V8 compiles them once (ARCHITECTURE.md, Invariants). A later block's
// no-restricted-syntax replaces an earlier one's, so the coder's block lists both.
const NO_ARRAY_MAP = {
  selector: "CallExpression[callee.property.name='map']",
  message:
    'Use mapPacked (src/core/packed.ts): the array map returns changes kind once the JIT inlines it, and the code it reaches is compiled again.',
};
const NO_OBJECT_SPREAD = {
  // (the frame traces of `dyad explain` are only built when tracing)
  selector:
    "ObjectExpression > SpreadElement:not([argument.name='trace']):not([argument.callee.name='traceBase'])",
  message:
    'Write the object out (makeEventActor, reviseActor, reviseCandidate, reviseActorMention): a spread object gets a hidden class that changes as the spread warms up.',
};

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'web/dist/', 'data/', 'test-results/', 'bin/', '.bench/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
  {
    files: ['src/coding/**/*.ts', 'src/nlp/**/*.ts'],
    ignores: ['**/*.test.ts', '**/testing.ts', 'src/coding/verbs/**', 'src/nlp/quantities/currencies.ts'],
    rules: {
      'no-restricted-syntax': ['error', NO_ARRAY_MAP],
    },
  },
  {
    files: ['src/coding/**/*.ts'],
    ignores: ['**/*.test.ts', '**/testing.ts', 'src/coding/verbs/**'],
    rules: {
      'no-restricted-syntax': ['error', NO_ARRAY_MAP, NO_OBJECT_SPREAD],
    },
  },
);

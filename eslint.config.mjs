// ESLint (flat config): TypeScript rules plus import boundaries that encode the architecture
// (README "How it fits together"): app -> modules -> server; only queries touch the db; only
// labs/runtime talks to Docker; UI never imports the runtime or the db; modules never import app/.
import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

const DB = ["@/src/server/db", "@/src/server/db-client", "**/server/db", "**/server/db-client"];
const RUNTIME = ["@/src/modules/labs/runtime", "@/src/modules/labs/runtime/**", "**/labs/runtime", "**/labs/runtime/**"];
// 'use server' publishes every export as an endpoint anyone can call: only in actions.ts.
const USE_SERVER = { selector: "ExpressionStatement[directive='use server']", message: "'use server' only in actions.ts." };
// <Link> prefetches its target as a page; for JSON, CSV or file endpoints that prefetch never settles.
const LINK_TO_API = ["Literal[value=/^\\/(api|\\.well-known)\\//]", "TemplateElement[value.raw=/^\\/(api|\\.well-known)\\//]"].map(
  (value) => ({
    selector: `JSXOpeningElement[name.name='Link'] > JSXAttribute[name.name='href'] ${value}`,
    message: "Use a plain <a> for /api/ and /.well-known/ URLs: <Link> is for pages.",
  }),
);
const restrict = (...groups) => ["error", { patterns: groups }];
const noDb = { group: DB, message: "Only queries files (queries.ts or queries/*.ts) touch the database." };
const noRuntime = { group: RUNTIME, message: "Only the labs module talks to the lab runtime; UI and routes call the module's functions." };
const noDocker = { group: ["docker-modem", "dockerode"], message: "Only src/modules/labs/runtime/ talks to Docker." };
const noApp = { group: ["@/app", "@/app/**", "**/app/**"], message: "Modules never import routes (app/)." };

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      ".next/",
      ".next-*/",
      "data/",
      "test-results/",
      "playwright-report/",
      "labs/images/**/dist/",
      "next-env.d.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "react-hooks": reactHooks, "@next/next": nextPlugin },
    rules: {
      // The classic rules of hooks; the React-compiler rules assume client components (Date.now() in an async
      // server component runs once per request and is fine).
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      ...nextPlugin.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-restricted-syntax": ["error", USE_SERVER, ...LINK_TO_API],
      "no-restricted-imports": restrict(noDocker),
      "no-empty": ["error", { allowEmptyCatch: true }],
    },
  },
  // Tests poke at decoded JSON of every shape.
  { files: ["**/*.test.ts", "**/test-*.ts", "tests/**"], rules: { "@typescript-eslint/no-explicit-any": "off" } },
  { files: ["**/*.mjs"], languageOptions: { globals: { process: "readonly", console: "readonly" } } },
  { files: ["**/actions.ts"], rules: { "no-restricted-syntax": ["error", ...LINK_TO_API] } },
  // Domain modules: no routes, no Docker outside the runtime, no db outside queries.
  { files: ["src/modules/**"], rules: { "no-restricted-imports": restrict(noApp, noDocker, noDb) } },
  { files: ["src/modules/labs/runtime/**"], rules: { "no-restricted-imports": restrict(noApp, noDb) } },
  {
    files: ["src/modules/**/queries.ts", "src/modules/**/queries/*.ts", "**/*.integration.test.ts", "**/*.postgres.test.ts"],
    rules: { "no-restricted-imports": restrict(noApp, noDocker) },
  },
  // Routes and UI: through modules only.
  { files: ["app/**", "src/components/**"], rules: { "no-restricted-imports": restrict(noDocker, noDb, noRuntime) } },
  // The rules of hooks do not apply to server-side code that happens to call a function named use*.
  { files: ["tests/**", "bench/**", "scripts/**", "prisma/**"], rules: { "react-hooks/rules-of-hooks": "off" } },
);

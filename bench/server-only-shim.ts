import { createRequire } from "node:module";

// lib/data modules start with `import "server-only"`, which throws outside Next's server build. The bench runs them
// as the server would, so it marks that package as already loaded (empty), like the react-server export condition does.
const require = createRequire(import.meta.url);
const resolved = require.resolve("server-only");
require.cache[resolved] = { id: resolved, filename: resolved, loaded: true, exports: {} } as NodeJS.Module;

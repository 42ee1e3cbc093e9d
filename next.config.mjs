/** @type {import('next').NextConfig} */
const nextConfig = {
  // Separate build folders let several checkouts or test runs build side by side (the e2e harness honours it too).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // better-sqlite3 is a native addon: load it from node_modules at run time instead of bundling it.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  poweredByHeader: false,
};

export default nextConfig;

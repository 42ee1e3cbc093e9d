/** @type {import('next').NextConfig} */
const nextConfig = {
  // Separate build folders let several checkouts or test runs build side by side (the e2e harness honours it too).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // better-sqlite3 is a native addon: load it from node_modules at run time instead of bundling it.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  poweredByHeader: false,
  // No page of Zhibiao may be framed by another page (clickjacking an editor's review buttons): CSP frame-ancestors
  // for current browsers, X-Frame-Options for older ones.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

export default nextConfig;

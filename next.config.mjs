/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native or engine-bound packages stay outside the bundle.
  serverExternalPackages: ["@node-rs/argon2", "better-sqlite3", "@prisma/client", "docker-modem", "ssh2", "pino", "prom-client"],
  experimental: { authInterrupts: true },
  // Parallel work trees (or test runs) can build side by side: NEXT_DIST_DIR=.next-e2e
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  typedRoutes: false,
};
export default nextConfig;

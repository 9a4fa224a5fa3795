/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native or engine-bound packages stay outside the bundle.
  serverExternalPackages: ["@node-rs/argon2", "better-sqlite3", "@prisma/client", "docker-modem", "ssh2"],
  experimental: { authInterrupts: true },
  poweredByHeader: false,
  typedRoutes: false,
};
export default nextConfig;

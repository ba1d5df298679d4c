/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // a native module: loaded by Node at run time, not bundled
  serverExternalPackages: ['better-sqlite3'],
};

export default nextConfig;

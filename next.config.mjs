/**
 * Fixed security headers; the pages' Content-Security-Policy, which needs a nonce per request and
 * reads DETENTE_FRAME_ANCESTORS at run time, is set by proxy.ts. The values are those of
 * lib/api/security.ts (STATIC_HEADERS, API_CSP), repeated here because this file is plain
 * JavaScript read before the build; test/unit/routes-hardening.test.ts checks that the two agree.
 */
const STATIC_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'same-origin' },
];
const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm run typecheck` checks every file (tests and scripts included) before the build in `npm
  // test`; the build need not check them a second time
  typescript: { ignoreBuildErrors: true },
  // loaded by Node at run time, not bundled: a native module, and PostgreSQL's driver (whose
  // optional native half is never installed)
  serverExternalPackages: ['better-sqlite3', 'pg'],
  async headers() {
    return [
      { source: '/:path*', headers: STATIC_HEADERS },
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: API_CSP }] },
    ];
  },
};

export default nextConfig;

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The dashboard reads the corpus folder from the server at request time.
  outputFileTracingIncludes: { '/': ['./seeds/**/*'] },
};

export default nextConfig;

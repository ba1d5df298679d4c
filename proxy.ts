import { NextResponse, type NextRequest } from 'next/server';
import { frameAncestors, makeNonce, pageCsp } from '@/lib/api/security';

/**
 * Every page gets a Content-Security-Policy with a nonce of its own. The policy goes on the request
 * too: Next.js reads the nonce from it while rendering and puts it on its scripts and styles. The
 * API, static chunks and the icon are left out (next.config.mjs gives them their fixed headers).
 * `DETENTE_FRAME_ANCESTORS` is read on each request, so it takes effect without a rebuild.
 */
export function proxy(request: NextRequest) {
  const nonce = makeNonce();
  const csp = pageCsp({
    nonce,
    dev: process.env.NODE_ENV === 'development',
    frameAncestors: frameAncestors().value,
  });
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', csp);
  headers.set('x-nonce', nonce);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  matcher: [
    {
      source: '/((?!api/|_next/static/|_next/image|icon\\.svg|favicon\\.ico).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};

import { NextResponse, type NextRequest } from 'next/server';
import { frameAncestors, makeNonce, pageCsp } from '@/lib/api/security';

/** Whether every segment of the path is valid percent-encoding (Next.js answers 500 otherwise). */
function decodable(pathname: string): boolean {
  try {
    for (const segment of pathname.split('/')) decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

/**
 * Every page gets a Content-Security-Policy with a nonce of its own. The policy goes on the request
 * too: Next.js reads the nonce from it while rendering and puts it on its scripts. Static chunks and
 * the icon are left out, and the API but for document ids (next.config.mjs gives them their fixed
 * headers). A path that is not valid percent-encoding ("/documents/%E0%A4%A") is a 404 here, before
 * Next.js fails on it. `DETENTE_FRAME_ANCESTORS` is read on each request: no rebuild needed.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!decodable(pathname)) {
    return NextResponse.json(
      { error: 'no such path: it is not valid percent-encoding' },
      { status: 404, headers: { 'Cache-Control': 'no-store' } },
    );
  }
  if (pathname.startsWith('/api/')) return NextResponse.next();
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
    '/api/documents/:path+',
  ],
};

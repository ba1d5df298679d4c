import { guarded, methodNotAllowed } from '@/lib/api/http';
import { getDashboard } from '@/lib/api/queries';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/dashboard: the whole view the dashboard draws for these filters. */
export const GET = (request: Request) => guarded(() => getDashboard(request));

/** Other methods: 405 in JSON. */
export const POST = methodNotAllowed('GET, HEAD');
export const PUT = methodNotAllowed('GET, HEAD');
export const PATCH = methodNotAllowed('GET, HEAD');
export const DELETE = methodNotAllowed('GET, HEAD');

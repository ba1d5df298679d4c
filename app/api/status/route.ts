import { guarded, methodNotAllowed } from '@/lib/api/http';
import { getStatus } from '@/lib/api/queries';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/status: what the database holds and how indexing goes. */
export const GET = (request: Request) => guarded(() => getStatus(request));

/** Other methods: 405 in JSON. */
export const POST = methodNotAllowed('GET, HEAD');
export const PUT = methodNotAllowed('GET, HEAD');
export const PATCH = methodNotAllowed('GET, HEAD');
export const DELETE = methodNotAllowed('GET, HEAD');

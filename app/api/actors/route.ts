import { guarded, methodNotAllowed } from '@/lib/api/http';
import { listActors } from '@/lib/api/queries';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/actors: actors with their event counts under the filters (name to search). */
export const GET = (request: Request) => guarded(() => listActors(request));

/** Other methods: 405 in JSON. */
export const POST = methodNotAllowed('GET, HEAD');
export const PUT = methodNotAllowed('GET, HEAD');
export const PATCH = methodNotAllowed('GET, HEAD');
export const DELETE = methodNotAllowed('GET, HEAD');

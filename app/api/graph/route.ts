import { guarded, methodNotAllowed } from '@/lib/api/http';
import { getGraph } from '@/lib/api/queries';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/graph: nodes and directed edges under the filters. */
export const GET = (request: Request) => guarded(() => getGraph(request));

/** Other methods: 405 in JSON. */
export const POST = methodNotAllowed('GET, HEAD');
export const PUT = methodNotAllowed('GET, HEAD');
export const PATCH = methodNotAllowed('GET, HEAD');
export const DELETE = methodNotAllowed('GET, HEAD');

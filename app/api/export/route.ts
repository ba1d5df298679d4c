import { guarded, methodNotAllowed } from '@/lib/api/http';
import { exportEvents } from '@/lib/api/queries';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/export?format=csv|json|jsonl + the filters: the events with their provenance. */
export const GET = (request: Request) => guarded(() => exportEvents(request));

/** Other methods: 405 in JSON. */
export const POST = methodNotAllowed('GET, HEAD');
export const PUT = methodNotAllowed('GET, HEAD');
export const PATCH = methodNotAllowed('GET, HEAD');
export const DELETE = methodNotAllowed('GET, HEAD');

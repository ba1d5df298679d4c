import { guarded, methodNotAllowed } from '@/lib/api/http';
import { listEvents } from '@/lib/api/queries';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/events: the events under the filters, by date (limit, cursor). */
export const GET = (request: Request) => guarded(() => listEvents(request));

/** Other methods: 405 in JSON. */
export const POST = methodNotAllowed('GET, HEAD');
export const PUT = methodNotAllowed('GET, HEAD');
export const PATCH = methodNotAllowed('GET, HEAD');
export const DELETE = methodNotAllowed('GET, HEAD');

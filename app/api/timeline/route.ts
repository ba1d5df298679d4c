import { guarded, methodNotAllowed } from '@/lib/api/http';
import { getTimeline } from '@/lib/api/queries';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/timeline: event counts by stance in bins of day, week, month or year. */
export const GET = (request: Request) => guarded(() => getTimeline(request));

/** Other methods: 405 in JSON. */
export const POST = methodNotAllowed('GET, HEAD');
export const PUT = methodNotAllowed('GET, HEAD');
export const PATCH = methodNotAllowed('GET, HEAD');
export const DELETE = methodNotAllowed('GET, HEAD');

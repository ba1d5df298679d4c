import { guarded } from '@/lib/api/http';
import { getTimeline } from '@/lib/api/queries';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/timeline: event counts by stance in bins of day, week, month or year. */
export const GET = (request: Request) => guarded(() => getTimeline(request));

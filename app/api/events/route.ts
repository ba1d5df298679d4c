import { guarded } from '@/lib/api/http';
import { listEvents } from '@/lib/api/queries';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/events: the events under the filters, by date (limit, cursor). */
export const GET = (request: Request) => guarded(() => listEvents(request));

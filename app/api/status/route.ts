import { guarded } from '@/lib/api/http';
import { getStatus } from '@/lib/api/queries';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/status: what the database holds and how indexing goes. */
export const GET = (request: Request) => guarded(() => getStatus(request));

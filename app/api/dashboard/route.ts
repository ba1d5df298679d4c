import { guarded } from '@/lib/api/http';
import { getDashboard } from '@/lib/api/queries';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/dashboard: the whole view the dashboard draws for these filters. */
export const GET = (request: Request) => guarded(() => getDashboard(request));

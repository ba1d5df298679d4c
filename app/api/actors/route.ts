import { guarded } from '@/lib/api/http';
import { listActors } from '@/lib/api/queries';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/actors: actors with their event counts under the filters (name to search). */
export const GET = (request: Request) => guarded(() => listActors(request));

import { guarded } from '@/lib/api/http';
import { getGraph } from '@/lib/api/queries';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/graph: nodes and directed edges under the filters. */
export const GET = (request: Request) => guarded(() => getGraph(request));

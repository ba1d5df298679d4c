import { guarded, methodNotAllowed } from '@/lib/api/http';
import { uploadPolicy } from '@/lib/api/uploads';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/uploads: whether and how the asking client may add articles, quotas, and the worker. */
export const GET = (request: Request) => guarded(() => uploadPolicy(request));

/** Other methods: 405 in JSON. */
export const POST = methodNotAllowed('GET, HEAD');
export const PUT = methodNotAllowed('GET, HEAD');
export const PATCH = methodNotAllowed('GET, HEAD');
export const DELETE = methodNotAllowed('GET, HEAD');

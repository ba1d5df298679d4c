import { guarded, methodNotAllowed } from '@/lib/api/http';
import { uploadStatus } from '@/lib/api/uploads';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/uploads/ID: the state of each document of an upload (the POST's status URL). */
export const GET = (request: Request, { params }: { params: Promise<{ id: string }> }) =>
  guarded(async () => uploadStatus(request, (await params).id));

/** Other methods: 405 in JSON. */
export const POST = methodNotAllowed('GET, HEAD');
export const PUT = methodNotAllowed('GET, HEAD');
export const PATCH = methodNotAllowed('GET, HEAD');
export const DELETE = methodNotAllowed('GET, HEAD');

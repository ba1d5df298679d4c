import { guarded, methodNotAllowed } from '@/lib/api/http';
import { getDocument } from '@/lib/api/queries';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/documents/ID: the text, its metadata, and the spans of its mentions, events and time expressions. */
export const GET = (request: Request, { params }: { params: Promise<{ id: string }> }) =>
  guarded(async () => getDocument(request, (await params).id));

/** Other methods: 405 in JSON. */
export const POST = methodNotAllowed('GET, HEAD');
export const PUT = methodNotAllowed('GET, HEAD');
export const PATCH = methodNotAllowed('GET, HEAD');
export const DELETE = methodNotAllowed('GET, HEAD');

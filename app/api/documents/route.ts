import { guarded, methodNotAllowed } from '@/lib/api/http';
import { listDocuments } from '@/lib/api/queries';
import { rateLimited } from '@/lib/api/rateLimit';
import { addDocuments } from '@/lib/api/uploads';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/documents?limit&cursor: the documents, newest first. */
export const GET = (request: Request) => guarded(() => listDocuments(request));

/**
 * POST /api/documents: add an article (JSON, plain text, or .txt/.md/.jsonl files as multipart).
 * Each client address has a token bucket (DETENTE_POST_RATE, DETENTE_POST_BURST): 429 when empty.
 */
export const POST = (request: Request) => guarded(() => rateLimited(request) ?? addDocuments(request));

/** Other methods: 405 in JSON. */
export const PUT = methodNotAllowed('GET, HEAD, POST');
export const PATCH = methodNotAllowed('GET, HEAD, POST');
export const DELETE = methodNotAllowed('GET, HEAD, POST');

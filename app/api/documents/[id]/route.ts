import { guarded } from '@/lib/api/http';
import { getDocument } from '@/lib/api/queries';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/documents/ID: the text, its metadata, and the spans of its mentions, events and time expressions. */
export const GET = (request: Request, { params }: { params: Promise<{ id: string }> }) =>
  guarded(async () => getDocument(request, (await params).id));

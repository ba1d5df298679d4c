import { problem } from '@/lib/api/http';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Any path under /api that no route answers: a 404 in JSON, whatever the method. */
const notFound = () =>
  problem(404, 'no such API route: see the README for the routes (/api/events, /api/graph, …)');

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;

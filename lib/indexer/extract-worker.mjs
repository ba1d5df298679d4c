// The worker thread's entry point, in plain JavaScript so that it starts under any parent (tsx,
// vitest, plain node): it registers tsx's loader for this thread, then runs the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');

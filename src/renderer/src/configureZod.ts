import { z } from 'zod';

// zod probes for eval with `new Function` while it builds schemas, which the page's CSP forbids and
// reports as a violation. This module must be imported before any other that builds a schema.
z.config({ jitless: true });

// Non-destructiveness over random workbooks, the fast run (more cases: test/slow).
import { nonDestructiveSuite } from './non-destructive-suite';

nonDestructiveSuite({ cases: 50, interruptedCases: 12, seed: 7007, timeoutMs: 120_000 });

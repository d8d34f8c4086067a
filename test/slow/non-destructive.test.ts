// Non-destructiveness over random workbooks, the long run.
import { nonDestructiveSuite } from '../excel/non-destructive-suite';

nonDestructiveSuite({ cases: 400, interruptedCases: 100, seed: 70007, timeoutMs: 900_000 });

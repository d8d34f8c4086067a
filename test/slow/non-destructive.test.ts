// Non-destructiveness over random workbooks, the long run.
import { nonDestructiveSuite } from '../excel/non-destructive-suite';

nonDestructiveSuite({ cases: 1000, interruptedCases: 250, seed: 70007, timeoutMs: 1_800_000 });

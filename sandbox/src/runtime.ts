import type { PushService } from './push/service';
import type { SandboxState } from './state/sandbox-state';

/** What every route module gets: the state and the push service. */
export interface Runtime {
  state: SandboxState;
  push: PushService;
}

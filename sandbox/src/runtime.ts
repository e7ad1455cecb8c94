import type { PayNotifier } from './pay/notifier';
import type { PushService } from './push/service';
import type { SandboxState } from './state/sandbox-state';
import type { WecomPushService } from './wecom/push/service';

/** What every route module gets: the state and the push services. */
export interface Runtime {
  state: SandboxState;
  push: PushService;
  wecomPush: WecomPushService;
  payNotifier: PayNotifier;
}

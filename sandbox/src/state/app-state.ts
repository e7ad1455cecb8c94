import type { AppConfig, CallbackConfig, Fan, MenuButton, Tag, Template } from './types';

/** Everything one WeChat app holds: its fans (in follow order), tags, menu and templates. */
export class AppState {
  readonly fans: Fan[] = [];
  private readonly byOpenid = new Map<string, number>();
  readonly tags = new Map<number, Tag>();
  nextTagId = 100;
  menu: MenuButton[] | null = null;
  templates: Template[] = [];
  callback: CallbackConfig | null = null;
  /** One-time subscribe message grants of a mini program: `openid|template_id` → count. */
  readonly subscribeGrants = new Map<string, number>();

  constructor(readonly config: AppConfig) {}

  get appId(): string {
    return this.config.appId;
  }

  addFan(fan: Fan): Fan {
    if (this.byOpenid.has(fan.openid)) throw new Error(`duplicate openid ${fan.openid}`);
    this.byOpenid.set(fan.openid, this.fans.length);
    this.fans.push(fan);
    return fan;
  }

  fan(openid: string): Fan | undefined {
    const i = this.byOpenid.get(openid);
    return i === undefined ? undefined : this.fans[i];
  }

  /** Position of a fan in follow order, or -1. */
  position(openid: string): number {
    return this.byOpenid.get(openid) ?? -1;
  }

  fanByUnionid(unionid: string): Fan | undefined {
    return this.fans.find((f) => f.unionid === unionid);
  }

  followerCount(): number {
    let n = 0;
    for (const f of this.fans) if (f.subscribed) n++;
    return n;
  }

  tagCount(tagId: number): number {
    let n = 0;
    for (const f of this.fans) if (f.tagIds.includes(tagId)) n++;
    return n;
  }
}

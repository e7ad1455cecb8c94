import { AppState } from './app-state';
import { DEMO_APPS } from './demo-apps';
import { DEMO_MENU, DEMO_SUBSCRIBE_TEMPLATES, DEMO_TAGS, DEMO_TEMPLATES, GIVEN, SUBSCRIBE_SCENES, SURNAMES } from './demo-content';
import { validateMenu } from '../wx/menu-rules';
import { Prng } from './prng';
import type { AppConfig, Fan } from './types';

export interface DemoOptions {
  /** Number of OA fans (people); about 60% of them also use the mini program. Default 200. */
  fans?: number;
  seed?: number | string;
  /** Publish the demo menu on the OA (default true). */
  menu?: boolean;
}

export const DEFAULT_FANS = 200;
export const DEFAULT_SEED = 'wedraw';
/** Demo follow times are spread over the two years before this instant (2025-01-01 UTC). */
const EPOCH_S = 1735689600;

/** An id shaped like WeChat's 28-character OpenIDs, unique through its index suffix. */
function wxId(prng: Prng, index: number): string {
  return `o${prng.chars(21)}${index.toString(36).padStart(6, '0')}`;
}

function nickname(prng: Prng): string {
  const given = prng.pick(GIVEN) + (prng.chance(0.6) ? prng.pick(GIVEN) : '');
  return prng.pick(SURNAMES) + given;
}

export function blankFan(appId: string, openid: string, extra: Partial<Fan> = {}): Fan {
  return {
    appId,
    openid,
    nickname: '微信用户',
    avatar: '',
    subscribed: true,
    subscribeTime: 0,
    subscribeScene: 'ADD_SCENE_OTHERS',
    language: 'zh_CN',
    remark: '',
    tagIds: [],
    customSentSinceInteraction: 0,
    ...extra,
  };
}

/**
 * Builds the demo brand: the OA with `fans` fans, tags, templates and a menu, and the mini
 * program whose users share unionids with the OA fans of the same person.
 */
export function buildDemo(opts: DemoOptions = {}): AppState[] {
  const count = opts.fans ?? DEFAULT_FANS;
  const prng = new Prng(opts.seed ?? DEFAULT_SEED);
  const oa = new AppState({ ...DEMO_APPS.official });
  const mp = new AppState({ ...DEMO_APPS.miniprogram });
  for (const t of DEMO_TAGS) oa.tags.set(t.id, { id: t.id, name: t.name });
  oa.templates = DEMO_TEMPLATES.map((t) => ({ ...t }));
  mp.templates = DEMO_SUBSCRIBE_TEMPLATES.map((t) => ({ ...t }));
  if (opts.menu !== false) oa.menu = validateMenu({ button: structuredClone(DEMO_MENU) });
  let mpIndex = 0;
  for (let i = 0; i < count; i++) {
    const unionid = wxId(prng, i);
    const name = i === 0 ? '张小绘' : nickname(prng);
    const subscribeTime = EPOCH_S - prng.int(2 * 365 * 86400);
    oa.addFan(
      blankFan(oa.appId, wxId(prng, i), {
        unionid,
        nickname: name,
        subscribed: i === 0 || prng.chance(0.9),
        subscribeTime,
        subscribeScene: prng.pick(SUBSCRIBE_SCENES),
        language: prng.chance(0.95) ? 'zh_CN' : 'en',
        tagIds: DEMO_TAGS.filter((t) => prng.chance(t.share)).map((t) => t.id),
      }),
    );
    if (i === 0 || prng.chance(0.6)) {
      mp.addFan(blankFan(mp.appId, wxId(prng, mpIndex++), { unionid, nickname: name, subscribeTime: subscribeTime + prng.int(86400 * 30) }));
    }
  }
  return [oa, mp];
}

/** An app that is not part of the demo brand: no fans, no tags beyond WeChat's reserved one. */
export function buildEmptyApp(config: AppConfig): AppState {
  const app = new AppState({ ...config });
  if (config.kind === 'official') app.tags.set(2, { id: 2, name: '星标组' });
  return app;
}

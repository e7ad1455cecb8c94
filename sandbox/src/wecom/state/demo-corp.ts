import { Prng } from '../../state/prng';
import type { CorpConfig, Department, Member } from './types';

/**
 * The demo corp, with fixed credentials so that the CMS seed can point its WeCom corp at the
 * sandbox. Documented in sandbox/README.md.
 */
export const DEMO_CORP = {
  corpId: 'ww5a0d7e3c1b9f0c01',
  name: 'WeDraw 演示企业',
  contactsSecret: 'WeDrawSandboxContactsSecret0000000000000001',
  customerSecret: 'WeDrawSandboxCustomerSecret0000000000000001',
  apps: [{ agentId: 1000002, name: 'WeDraw 消息平台', secret: 'WeDrawSandboxAppSecret0000000000000001000002', createdAt: '2021-03-01', customerContact: true }],
  callbackToken: 'wedraw_sandbox_wecom',
  encodingAESKey: 'WeDrawSandboxWeComContactsAESKey00000000001',
  robots: [{ key: '5a0d7e3c-0000-4000-8000-000000000001', name: '运营通知群机器人' }],
} as const satisfies CorpConfig;

export const DEFAULT_MEMBERS = 200;

export interface CorpDataOptions {
  /** Members to generate (default 200; benches use 20 000). */
  members?: number;
  /** Departments in total, root included (default: the 13 fixed ones; more adds 门店 under 销售部). */
  departments?: number;
  seed?: number | string;
}

/** The fixed tree: id, name, parent. Root 1 carries the corp's name. */
const FIXED: [number, string, number][] = [
  [2, '市场部', 1],
  [3, '销售部', 1],
  [4, '华东大区', 3],
  [5, '华南大区', 3],
  [6, '华北大区', 3],
  [7, '研发部', 1],
  [8, '前端组', 7],
  [9, '后端组', 7],
  [10, '测试组', 7],
  [11, '人事行政部', 1],
  [12, '财务部', 1],
  [13, '客服中心', 1],
];

const CITIES = ['上海', '杭州', '南京', '苏州', '广州', '深圳', '厦门', '北京', '天津', '青岛', '成都', '武汉', '西安', '长沙', '重庆'];
const SURNAMES: [string, string][] = [
  ['王', 'wang'],
  ['李', 'li'],
  ['张', 'zhang'],
  ['刘', 'liu'],
  ['陈', 'chen'],
  ['杨', 'yang'],
  ['赵', 'zhao'],
  ['黄', 'huang'],
  ['周', 'zhou'],
  ['吴', 'wu'],
  ['徐', 'xu'],
  ['孙', 'sun'],
  ['胡', 'hu'],
  ['朱', 'zhu'],
  ['高', 'gao'],
  ['林', 'lin'],
];
const GIVEN: [string, string][] = [
  ['伟', 'wei'],
  ['芳', 'fang'],
  ['娜', 'na'],
  ['敏', 'min'],
  ['静', 'jing'],
  ['丽', 'li'],
  ['强', 'qiang'],
  ['磊', 'lei'],
  ['洋', 'yang'],
  ['艳', 'yan'],
  ['勇', 'yong'],
  ['军', 'jun'],
  ['杰', 'jie'],
  ['娟', 'juan'],
  ['涛', 'tao'],
  ['明', 'ming'],
  ['超', 'chao'],
  ['秀英', 'xiuying'],
  ['华', 'hua'],
  ['慧', 'hui'],
];
const POSITIONS: Record<number, string[]> = {
  2: ['市场专员', '品牌经理'],
  4: ['销售代表', '客户经理'],
  5: ['销售代表', '客户经理'],
  6: ['销售代表', '客户经理'],
  8: ['前端工程师'],
  9: ['后端工程师'],
  10: ['测试工程师'],
  11: ['HRBP', '行政专员'],
  12: ['会计', '出纳'],
  13: ['客服专员', '客服主管'],
};

export function buildDepartments(corpName: string, total: number): Department[] {
  const out: Department[] = [{ id: 1, name: corpName, parentid: 0, order: 100000000, department_leader: [] }];
  for (const [id, name, parentid] of FIXED) out.push({ id, name, parentid, order: 100000000 - id * 1000, department_leader: [] });
  const regions = [4, 5, 6];
  for (let id = out.length + 1, n = 1; out.length < total; id++, n++) {
    const parentid = regions[n % 3] as number;
    const city = CITIES[n % CITIES.length] as string;
    out.push({ id, name: `${city}门店${Math.ceil(n / CITIES.length)}`, parentid, order: 100000000 - id * 1000, department_leader: [] });
  }
  return out;
}

/** Members spread over the non-root departments; one in ten also belongs to a second one. */
export function buildMembers(departments: Department[], count: number, seed: number | string): Member[] {
  const rng = new Prng(`wecom:${seed}`);
  const leaves = departments.filter((d) => d.id !== 1 && !departments.some((c) => c.parentid === d.id));
  const members: Member[] = [];
  for (let i = 1; i <= count; i++) {
    const [sn, sp] = rng.pick(SURNAMES);
    const [gn, gp] = rng.pick(GIVEN);
    const main = rng.pick(leaves);
    const depts = [main.id];
    if (rng.chance(0.1)) {
      const second = rng.pick(leaves);
      if (second.id !== main.id) depts.push(second.id);
    }
    const userid = `${sp}${gp}${String(i).padStart(count > 9999 ? 5 : 4, '0')}`;
    const positions = POSITIONS[main.id] ?? POSITIONS[main.parentid] ?? ['店员'];
    members.push({
      userid,
      name: `${sn}${gn}`,
      department: depts,
      order: depts.map(() => 0),
      is_leader_in_dept: depts.map(() => 0),
      main_department: main.id,
      position: rng.pick(positions),
      mobile: `13${String(800000000 + i).padStart(9, '0')}`,
      gender: rng.chance(0.5) ? '1' : '2',
      email: `${userid}@wedraw-demo.example`,
      biz_mail: `${userid}@wedraw-demo.wecom.work`,
      telephone: '',
      alias: '',
      address: '',
      direct_leader: [],
      status: i % 50 === 0 ? 4 : 1,
      enable: 1,
      open_userid: `wo${rng.chars(30, 'abcdefghijklmnopqrstuvwxyz0123456789')}`,
      external_position: '',
    });
  }
  return members;
}

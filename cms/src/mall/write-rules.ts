import type { Core } from '@strapi/strapi';
import { fieldError } from '@wedraw/kit';
import { CATEGORY_UID, loadCategoryTree } from './categories';
import { BANNER_UID } from './home';
import { GOOD_UID, ZONE_UID } from './goods-query';

type Rule = (strapi: Core.Strapi, id: number) => Promise<void>;

function refuse(field: string, message: string): never {
  throw fieldError(field, message);
}

const categoryRule: Rule = async (strapi, id) => {
  const tree = await loadCategoryTree(strapi);
  const problem = tree.violation(id);
  if (problem) refuse('parent', problem);
  const self = tree.get(id);
  if (self?.parentId) {
    const parentGoods = await strapi.db.query(GOOD_UID).count({ where: { category: { id: self.parentId } } });
    if (parentGoods > 0) refuse('parent', '所选上级分类下已经挂有商品，不能再添加下级分类（商品只能挂在末级分类上）');
  }
  // level is derived: keep it true for this category and everything below it.
  for (const descendant of tree.descendantIds(id)) {
    await strapi.db.query(CATEGORY_UID).update({ where: { id: descendant }, data: { level: tree.level(descendant) } });
  }
};

const goodRule: Rule = async (strapi, id) => {
  const good = await strapi.db.query(GOOD_UID).findOne({ where: { id }, populate: { category: { select: ['id'] } } });
  const categoryId = good?.category?.id;
  if (!categoryId) refuse('category', '请选择商品分类');
  const children = await strapi.db.query(CATEGORY_UID).count({ where: { parent: { id: categoryId } } });
  if (children > 0) refuse('category', '商品只能挂在末级分类上：所选分类下还有下级分类');
};

const bannerRule: Rule = async (strapi, id) => {
  const banner = await strapi.db.query(BANNER_UID).findOne({ where: { id }, populate: { goods: { select: ['id'] } } });
  if (!banner) return;
  if (banner.startAt && banner.endAt && Date.parse(banner.endAt) <= Date.parse(banner.startAt)) {
    refuse('endAt', '结束时间必须晚于开始时间');
  }
  const value = String(banner.linkValue ?? '').trim();
  if (banner.linkType === 'external' && !/^https?:\/\/\S+$/.test(value)) refuse('linkValue', '外部链接必须是以 http:// 或 https:// 开头的网址');
  if (banner.linkType === 'goods-list' && !value && (banner.goods?.length ?? 0) === 0) {
    refuse('goods', '跳转类型为“商品列表”时，请选择商品或填写跳转参数');
  }
  if (banner.linkType !== 'goods-list' && !value) refuse('linkValue', '请填写跳转参数');
};

const zoneRule: Rule = async (strapi, id) => {
  const zone = await strapi.db.query(ZONE_UID).findOne({ where: { id }, populate: { category: { select: ['id'] } } });
  if (zone?.strategy === 'by-category' && !zone.category) refuse('category', '“按分类”专区需要选择分类');
  if (zone?.strategy === 'by-tag' && !String(zone.tag ?? '').trim()) refuse('tag', '“按标签”专区需要填写标签');
};

const RULES: Record<string, Rule> = {
  [CATEGORY_UID]: categoryRule,
  [GOOD_UID]: goodRule,
  [BANNER_UID]: bannerRule,
  [ZONE_UID]: zoneRule,
};

/**
 * Business rules on what editors write (tree depth and cycles, goods on leaves, banner windows,
 * zone settings). Each write runs in a transaction; the rule judges the state the write produced
 * and throws to roll it back, so whatever input shape the admin or the REST API sent, nothing
 * invalid is ever committed.
 */
export function registerWriteRules(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const rule = RULES[context.uid];
    if (!rule || (context.action !== 'create' && context.action !== 'update')) return next();
    return strapi.db.transaction(async () => {
      const result = await next();
      const id = (result as { id?: unknown } | null)?.id;
      if (typeof id === 'number') await rule(strapi, id);
      return result;
    });
  });
}

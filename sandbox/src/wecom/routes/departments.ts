import { jsonBody, type Router } from '../../http/router';
import type { Runtime } from '../../runtime';
import { qyOk } from '../errors';
import type { DepartmentInput } from '../state/corp-state';
import type { Department } from '../state/types';
import { intField, qyCaller } from './guard';

const view = (d: Department) => ({
  id: d.id,
  name: d.name,
  name_en: d.name_en ?? '',
  department_leader: d.department_leader,
  parentid: d.parentid,
  order: d.order,
});

/** Departments (wecom-and-pay.md A1): writes only with the contacts-sync secret. */
export function qyDepartmentRoutes(router: Router, rt: Runtime): void {
  router.api('POST', '/cgi-bin/department/create', (ctx) => {
    const { corp } = qyCaller(rt, ctx, { roles: ['contacts'] });
    const d = corp.createDepartment(jsonBody<DepartmentInput>(ctx));
    return { ...qyOk('created'), id: d.id };
  });

  router.api('POST', '/cgi-bin/department/update', (ctx) => {
    const { corp } = qyCaller(rt, ctx, { roles: ['contacts'] });
    const body = jsonBody<DepartmentInput>(ctx);
    corp.updateDepartment({ ...body, id: intField(body.id, 60123) });
    return qyOk('updated');
  });

  router.api('GET', '/cgi-bin/department/delete', (ctx) => {
    const { corp } = qyCaller(rt, ctx, { roles: ['contacts'] });
    corp.deleteDepartment(intField(ctx.query.get('id'), 60123));
    return qyOk('deleted');
  });

  router.api('GET', '/cgi-bin/department/list', (ctx) => {
    const { corp } = qyCaller(rt, ctx, { detailRead: true });
    const id = ctx.query.get('id');
    const list = id ? corp.subtree(intField(id, 60123)) : [...corp.departments.values()];
    return { ...qyOk(), department: list.map(view) };
  });

  router.api('GET', '/cgi-bin/department/simplelist', (ctx) => {
    const { corp } = qyCaller(rt, ctx);
    const id = ctx.query.get('id');
    const list = id ? corp.subtree(intField(id, 60123)) : [...corp.departments.values()];
    return { ...qyOk(), department_id: list.map((d) => ({ id: d.id, parentid: d.parentid, order: d.order })) };
  });

  router.api('GET', '/cgi-bin/department/get', (ctx) => {
    const { corp } = qyCaller(rt, ctx);
    return { ...qyOk(), department: view(corp.department(intField(ctx.query.get('id'), 60123))) };
  });
}

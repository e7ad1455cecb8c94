/** A route or GraphQL field WeDraw does not offer (refused with 403 Forbidden, whoever calls). */
export default () => false;

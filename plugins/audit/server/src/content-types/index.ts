import loginLog from './login-log/schema.json';
import operationLog from './operation-log/schema.json';

export default {
  'login-log': { schema: loginLog },
  'operation-log': { schema: operationLog },
};

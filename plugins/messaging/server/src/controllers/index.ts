import admin from './admin';
import integrator from './integrator';

export default { admin, integrator };

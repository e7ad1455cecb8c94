import admin from './admin';
import notify from './notify';
import orders from './orders';

export default { admin, notify, orders };

import admin from './admin';
import monitor from './monitor';

export default { admin, monitor };

import account from './account';
import checkin from './checkin';
import clock from './clock';
import demo from './demo';
import exchange from './exchange';
import expiry from './expiry';
import ledger from './ledger';
import rules from './rules';
import stats from './stats';
import userDirectory from './user-directory';
import verify from './verify';

export default { account, checkin, clock, demo, exchange, expiry, ledger, rules, stats, 'user-directory': userDirectory, verify };

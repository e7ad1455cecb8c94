import dailyStat from './daily-stat/schema.json';

export default { 'daily-stat': { schema: dailyStat } };
